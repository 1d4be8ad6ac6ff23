import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parseArgs.js';
import { readPdf, stripWhitespace } from '../e2e/pdfText.js';
import { tempProjects } from '../e2e/projects.js';
import { runInProcess } from '../faults/runInProcess.js';
import { repoRoot } from '../e2e/reference.js';
import { bulletin, ensureBundle, exited, linesOf, start } from './batchRun.js';

// Starting an archive through the real executable (issue 9, points 2 and 7): init, new in an empty
// archive, check --allow-outside, watch on a folder with -f html.

beforeAll(ensureBundle, 60_000);
const project = tempProjects();

const cli = runInProcess;

// 2014-10-17 00:00 UTC: the date init and new take for today.
const epoch = { SOURCE_DATE_EPOCH: '1413504000' };

describe('bulletin init, new, build in an empty folder', () => {
  it('starts an archive, adds an issue and builds both, the title on the masthead', async () => {
    const dir = await project('cli-init');
    const init = await cli(['init', 'archive', '--title', '某区科技情况通报'], dir, epoch);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toBe('archive/2014-01.md\n');
    expect(init.stderr).toContain('archive/bulletin.yaml\n');

    const next = await cli(['new', '--dir', 'archive'], dir, epoch);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toBe('archive/2014-02.md\n');
    expect(next.stderr).toContain('2014年第2期（总第2期）, dated 2014-10-17');

    const built = await bulletin(['build', 'archive/2014-01.md', '-o', 'out'], dir);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout + built.stderr).toMatch(/wrote out\/2014-01\.pdf \(1 page, \d+ KB\)/);
    const pdf = await readPdf(await readFile(path.join(dir, 'out', '2014-01.pdf')));
    expect(stripWhitespace(pdf.pages.flatMap((p) => p.items.map((i) => i.str)).join(''))).toContain('某区科技情况通报');

    const checked = await cli(['check', 'archive'], dir);
    expect(checked.code).toBe(0);
    expect(checked.stderr).toMatch(/^archive\/2014-01\.md:11:1: warning: placeholder text "在此撰写正文。" is still here$/m);
    expect(checked.stderr).toMatch(/^archive\/bulletin\.yaml:\d+:\d+: warning: placeholder text "在此填写主办单位" is still here$/m);
  }, 60_000);

  it('refuses with exit 1 when bulletin.yaml or the issue exists, leaving them as they were', async () => {
    const dir = await project('cli-init-taken');
    await writeFile(path.join(dir, 'bulletin.yaml'), 'title: 旧简报\n');
    const o = await cli(['init'], dir, epoch);
    expect(o.code).toBe(1);
    expect(o.stdout).toBe('');
    expect(o.stderr).toContain('bulletin.yaml exists already and was left as it was');
    expect(o.stderr).toContain('nothing was written');
    expect(await readFile(path.join(dir, 'bulletin.yaml'), 'utf8')).toBe('title: 旧简报\n');

    await rm(path.join(dir, 'bulletin.yaml'));
    await writeFile(path.join(dir, '2014-01.md'), 'a draft\n');
    const issue = await cli(['init', '.'], dir, epoch);
    expect(issue.code).toBe(1);
    expect(issue.stderr).toContain('2014-01.md exists already');
    expect(await readFile(path.join(dir, '2014-01.md'), 'utf8')).toBe('a draft\n');
  }, 30_000);

  it.each([
    [['init', 'a-file'], /a-file cannot be a folder: a file of that name/],
    [['init', 'a-file/archive'], /a-file\/archive cannot be a folder/],
    [['init', '--title', ''], /--title/],
    [['init', '--date', '2014-02-30'], /--date/],
  ])('rejects %j with exit 2', async (args, message) => {
    const dir = await project('cli-init-bad');
    await writeFile(path.join(dir, 'a-file'), '');
    const o = await cli(args, dir);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(message);
  }, 30_000);
});

describe('bulletin new in an archive with no issue yet', () => {
  it('creates issue 1, serial 1, or the numbers given', async () => {
    const dir = await project('cli-new-empty');
    await writeFile(path.join(dir, 'bulletin.yaml'), 'title: 测试简报\nsponsors: [某某办公室]\n');
    const first = await cli(['new', '--date', '2014-10-17'], dir);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('2014-01.md\n');
    expect(await readFile(path.join(dir, '2014-01.md'), 'utf8')).toMatch(/^---\nissue: 1\nserial: 1\ndate: 2014-10-17\n---\n/);

    await rm(path.join(dir, '2014-01.md'));
    const given = await cli(['new', '--date', '2014-10-17', '--issue', '4', '--serial', '9'], dir);
    expect(given.code, given.stderr).toBe(0);
    expect(given.stdout).toBe('2014-04.md\n');
    expect(given.stderr).toContain('2014年第4期（总第9期）');
    expect(await readFile(path.join(dir, '2014-04.md'), 'utf8')).toMatch(/^---\nissue: 4\nserial: 9\ndate: 2014-10-17\n---\n/);
    const taken = await cli(['new', '--date', '2014-11-17', '--issue', '4'], dir);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('2014-04.md exists already');
  }, 30_000);

  it.each([
    [['new', '--issue', '0'], /--issue/],
    [['new', '--serial', 'x'], /--serial/],
    [['new', '--issue', '1.5'], /--issue/],
  ])('rejects %j with exit 2', async (args, message) => {
    const dir = await project('cli-new-bad');
    const o = await cli(args, dir);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(message);
    expect(o.stderr).toContain('whole number ≥ 1');
  }, 30_000);
});

describe('bulletin check --allow-outside', () => {
  it('accepts a picture outside the issue’s folder only when allowed', async () => {
    const dir = await project('cli-check-outside');
    await copyFile(path.join(repoRoot, 'examples', 'images', 'chart.png'), path.join(dir, 'chart.png'));
    await mkdir(path.join(dir, 'issues'));
    const issue = '---\ntitle: 测试简报\nsponsors: [某某办公室]\nissue: 1\nserial: 1\ndate: 2014-10-17\n---\n\n正文。\n\n![图表](../chart.png)\n';
    await writeFile(path.join(dir, 'issues', '2014-01.md'), issue);
    const refused = await cli(['check', 'issues'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^issues\/2014-01\.md:11:\d+: error: /m);
    const allowed = await cli(['check', 'issues', '--allow-outside'], dir);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stderr).toBe('1 issue checked: 0 errors, 0 warnings\n');
  }, 30_000);
});

describe('bulletin watch on a folder', () => {
  it('builds its issues as HTML with -f html, then an issue that appears, and stops on Ctrl-C', async () => {
    const dir = await project('cli-watch-folder');
    expect((await cli(['init', 'archive', '--title', '测试简报'], dir, epoch)).code).toBe(0);
    const child = start(['watch', 'archive', '-f', 'html', '-o', 'out'], dir);
    try {
      await linesOf(child, /wrote out\/2014-01\.html \(\d+ KB\)/);
      const second = linesOf(child, /wrote out\/2014-02\.html/);
      // The folder is watched once the first builds are done: add the issue until it is seen.
      const source = (await readFile(path.join(dir, 'archive', '2014-01.md'), 'utf8')).replace('issue: 1\nserial: 1', 'issue: 2\nserial: 2');
      const adds = setInterval(() => void writeFile(path.join(dir, 'archive', '2014-02.md'), source), 300);
      try {
        await second;
      } finally {
        clearInterval(adds);
      }
      const html = await readFile(path.join(dir, 'out', '2014-02.html'), 'utf8');
      expect(html).toContain('测试简报');
      expect(html).toContain('2014年第2期');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited(child)).toBe(0);
  }, 60_000);
});

describe('parseArgs for the archive commands', () => {
  it('parses init, new with numbers, check and watch with their new flags', () => {
    expect(parseArgs(['init'])).toEqual({ command: 'init' });
    expect(parseArgs(['init', 'a', '--title', ' 金桥会议传真 ', '--date', '2014-10-17'])).toEqual({ command: 'init', dir: 'a', title: '金桥会议传真', date: { year: 2014, month: 10, day: 17 } });
    expect(parseArgs(['new', '--issue', '4', '--serial', '9'])).toEqual({ command: 'new', issue: 4, serial: 9 });
    expect(parseArgs(['check', 'a', '--allow-outside'])).toEqual({ command: 'check', paths: ['a'], fix: false, strict: false, allowOutside: true, fontPaths: [] });
    expect(parseArgs(['watch', 'a', '-f', 'both', '--allow-outside'])).toEqual({ command: 'watch', file: 'a', format: 'both', strict: false, allowOutside: true, fontPaths: [] });
  });

  it.each([
    [['init', '--title', 'a\nb'], /--title/],
    [['watch', 'a', '-f', 'docx'], /--format/],
    [['new', '--serial', '-1'], /--serial/],
  ])('reports %j as a usage error', (args, message) => {
    const invocation = parseArgs(args);
    expect(invocation.command).toBe('usage-error');
    if (invocation.command === 'usage-error') expect(invocation.message).toMatch(message);
  });
});
