import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parseArgs.js';
import { tempDir } from '../e2e/reference.js';
import { makeArchive, type ArchiveIssue } from '../fixtures/batch/archive.js';
import { bulletin, ensureBundle, exited, linesOf, start } from './batchRun.js';

// The secretariat's other commands through the real executable: new, check, fonts, watch.

let dir: string;
let issues: ArchiveIssue[];

beforeAll(async () => {
  await ensureBundle();
  dir = await tempDir('commands');
  issues = await makeArchive(dir);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bulletin new', () => {
  it('creates the next issue, prints its path on stdout, and refuses to overwrite it', async () => {
    const o = await bulletin(['new', '--date', '2016-11-20'], dir);
    expect(o.code, o.stderr).toBe(0);
    expect(o.stdout).toBe('2016-09.md\n');
    expect(o.stderr).toContain('2016年第9期（总第25期）');
    expect(await readFile(path.join(dir, '2016-09.md'), 'utf8')).toMatch(/^---\nissue: 9\nserial: 25\ndate: 2016-11-20\n---\n/);

    await writeFile(path.join(dir, '2016-09.md'), 'a draft without front matter\n');
    const twice = await bulletin(['new', '--date', '2016-11-20'], dir);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('2016-09.md exists already');
    expect(await readFile(path.join(dir, '2016-09.md'), 'utf8')).toBe('a draft without front matter\n');
    await rm(path.join(dir, '2016-09.md'));
  }, 30_000);

  it('takes the archive folder with --dir', async () => {
    const project = await tempDir('new-dir');
    try {
      const o = await bulletin(['new', '--dir', dir, '--date', '2017-01-06'], project);
      expect(o.code, o.stderr).toBe(0);
      expect(o.stdout).toBe(`${path.join(dir, '2017-01.md')}\n`);
    } finally {
      await rm(path.join(dir, '2017-01.md'), { force: true });
      await rm(project, { recursive: true, force: true });
    }
  }, 30_000);

  it.each([
    [['new', '--date', '2016-02-30'], /--date/],
    [['new', '--dir', 'no-such-folder'], /no such folder: no-such-folder/],
  ])('rejects %j with exit 2', async (args, message) => {
    const o = await bulletin(args, dir);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(message);
  }, 30_000);
});

describe('bulletin check', () => {
  it('passes on the sound archive', async () => {
    const o = await bulletin(['check', '.'], dir);
    expect(o.code, o.stderr).toBe(0);
    expect(o.stderr).toBe('24 issues checked: 0 errors, 0 warnings\n');
  }, 30_000);

  it('exits 1 after a serial is duplicated, naming both files', async () => {
    const victim = (issues[10] as ArchiveIssue).file; // 2015-03.md, serial 11
    const original = await readFile(victim, 'utf8');
    await writeFile(victim, original.replace('serial: 11', 'serial: 10'));
    try {
      const o = await bulletin(['check', '.'], dir);
      expect(o.code).toBe(1);
      expect(o.stderr).toMatch(/^2015-02\.md:3:9: error: serial 10 \(总第10期\) is also the serial of 2015-03\.md$/m);
      expect(o.stderr).toMatch(/^2015-03\.md:3:9: error: serial 10 \(总第10期\) is also the serial of 2015-02\.md$/m);
      expect(o.stderr).toMatch(/^24 issues checked: 2 errors, 1 warning$/m); // and serial 11 is now missing
    } finally {
      await writeFile(victim, original);
    }
  }, 30_000);

  it('fixes the safe typographic problems with --fix, atomically, and reports the rest', async () => {
    const project = await tempDir('check-fix');
    try {
      const [issue] = await makeArchive(project, { years: [2014], perYear: 1 });
      const file = issue?.file ?? '';
      const source = await readFile(file, 'utf8');
      await writeFile(file, source.replace('本次会议主题为“全球科技创新中心与城市发展”，', '本次会议主题为"全球科技创新中心与城市发展",'));
      const before = await bulletin(['check', '2014-01.md'], project);
      expect(before.code).toBe(0);
      expect(before.stderr).toMatch(/^2014-01\.md:\d+:\d+: warning: straight quote " in Chinese text$/m);
      const fixed = await bulletin(['check', '2014-01.md', '--fix'], project);
      expect(fixed.stdout).toBe('fixed 3 marks in 2014-01.md\n');
      expect(fixed.stderr).toBe('1 issue checked: 0 errors, 0 warnings\n');
      expect(await readFile(file, 'utf8')).toBe(source);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('bulletin fonts', () => {
  it('lists each role’s font: family, source, glyph count and file', async () => {
    const o = await bulletin(['fonts'], dir);
    expect(o.code, o.stderr).toBe(0);
    const rows = o.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^role\s+family\s+source\s+glyphs\s+file$/);
    for (const role of ['title', 'body', 'hei', 'kai']) {
      expect(rows.find((r) => r.startsWith(`${role} `))).toMatch(/\s(configured|system|bundled)\s+\d+ glyphs\s+\S/);
    }
  }, 30_000);

  it('given an issue, names the characters no font has and their lines', async () => {
    const project = await tempDir('fonts');
    try {
      const [issue] = await makeArchive(project, { years: [2014], perYear: 1 });
      const file = issue?.file ?? '';
      // U+10FFFD, in a private use plane: no font has it.
      await writeFile(file, (await readFile(file, 'utf8')) + '\n\u{10FFFD}一\n\n又一次\u{10FFFD}\n');
      const o = await bulletin(['fonts', '2014-01.md'], project);
      expect(o.code, o.stderr).toBe(0);
      const lines = (await readFile(file, 'utf8')).split('\n').length;
      expect(o.stdout).toContain(`characters of 2014-01.md that no font has:\n  \u{10FFFD}  U+10FFFD  lines ${lines - 3}, ${lines - 1}\n`);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('bulletin watch', () => {
  it('builds, rebuilds on save, and stops on Ctrl-C (SIGINT) with exit 0', async () => {
    const project = await tempDir('watch-cli');
    try {
      const [issue] = await makeArchive(project, { years: [2014], perYear: 1 });
      const file = issue?.file ?? '';
      const child = start(['watch', '2014-01.md', '-o', 'out'], project);
      await linesOf(child, /wrote out\/2014-01\.pdf/);
      // The watcher is ready shortly after the first build; save until a second build shows.
      const second = linesOf(child, /wrote out\/2014-01\.pdf/);
      const source = await readFile(file, 'utf8');
      const saves = setInterval(() => void writeFile(file, source.replace('本次会议', `本次会议${Date.now() % 10}`)), 300);
      try {
        await second;
      } finally {
        clearInterval(saves);
      }
      child.kill('SIGINT');
      expect(await exited(child)).toBe(0);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('parseArgs for the batch flags and the new commands', () => {
  it('parses --jobs, --shard, --force and --json', () => {
    expect(parseArgs(['build', 'archive', '-j', '4', '--shard', '2/3', '--force', '--json'])).toEqual({
      command: 'build',
      files: ['archive'],
      strict: false,
      fontPaths: [],
      jobs: 4,
      shard: { index: 2, count: 3 },
      force: true,
      json: true,
    });
  });

  it('parses new, check, fonts and watch', () => {
    expect(parseArgs(['new', '--dir', 'a', '--date', '2014-11-20'])).toEqual({ command: 'new', dir: 'a', date: { year: 2014, month: 11, day: 20 } });
    expect(parseArgs(['check', 'a', 'b.md', '--fix', '--font-path', 'f'])).toEqual({ command: 'check', paths: ['a', 'b.md'], fix: true, strict: false, fontPaths: ['f'] });
    expect(parseArgs(['fonts'])).toEqual({ command: 'fonts', fontPaths: [] });
    expect(parseArgs(['fonts', 'a.md'])).toEqual({ command: 'fonts', file: 'a.md', fontPaths: [] });
    expect(parseArgs(['watch', 'a.md', '-o', 'out'])).toEqual({ command: 'watch', file: 'a.md', outDir: 'out', strict: false, fontPaths: [] });
  });

  it.each([
    [['build', 'a.md', '--jobs', '0'], /--jobs/],
    [['build', 'a.md', '--jobs', 'many'], /--jobs/],
    [['build', 'a.md', '--shard', '0/2'], /--shard/],
    [['new', '--date', 'tomorrow'], /--date/],
    [['check'], /paths/],
    [['watch'], /file/],
  ])('reports %j as a usage error', (args, message) => {
    const invocation = parseArgs(args);
    expect(invocation.command).toBe('usage-error');
    if (invocation.command === 'usage-error') expect(invocation.message).toMatch(message);
  });
});
