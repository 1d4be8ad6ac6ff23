import { execFile, spawn } from 'node:child_process';
import { chmod, mkdir, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { outputFs } from '../../src/build/outputFs.js';
import { HOST_TAG } from '../../src/build/writeAtomic.js';
import { MANIFEST_NAME } from '../../src/batch/manifest.js';
import { packageVersion } from '../../src/index.js';
import { tempDir } from '../e2e/reference.js';
import { hasStackTrace, runInProcess } from './runInProcess.js';
import { errnoError, tinyIssue } from './tinyIssue.js';

// `bulletin build` meeting the file system's faults and damaged records (issue 10, point 5): a
// line naming the path and what to do, exit 1 or 2, never a stack trace; exit 3 only for a bug,
// its stack only with --debug. Real faults where this machine allows (root mounts a read-only
// folder and a 64 KB disk); elsewhere the same fault comes through the outputFs seam.

const exec = promisify(execFile);
let dir: string;
const mounts: string[] = [];

beforeAll(async () => {
  dir = await tempDir('cli-faults');
  await tinyIssue(dir);
});
afterEach(() => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  for (const m of mounts.reverse()) await exec('umount', [m]).catch(() => undefined);
  await exec('chattr', ['-R', '-i', dir]).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/**
 * A new folder `name` with a file system mounted on it by `commands` (each `mount` arguments,
 * given the folder); where this machine cannot mount, every write gets the error `code` instead.
 */
async function faultyFolder(name: string, commands: readonly ((folder: string) => string[])[], code: string): Promise<string> {
  const folder = path.join(dir, name);
  await mkdir(folder);
  try {
    for (const [i, command] of commands.entries()) {
      await exec('mount', command(folder));
      if (i === 0) mounts.push(folder);
    }
  } catch {
    vi.spyOn(outputFs, 'writeFile').mockImplementation(async (file) => {
      throw errnoError(code, 'open', String(file));
    });
  }
  return folder;
}

describe('bulletin build into a folder it cannot write', () => {
  it('read-only: one diagnostic naming the folder, exit 1, nothing written', async () => {
    // The folder bound onto itself, then made read-only.
    const folder = await faultyFolder('ro', [(f) => ['--bind', f, f], (f) => ['-o', 'remount,bind,ro', f]], 'EROFS');
    const run = await runInProcess(['build', '2014-04.md', '-o', 'ro'], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/^ro: error: this is on a read-only file system; choose a place that can be written\n {2}hint: .*--out-dir/);
    expect(hasStackTrace(run)).toBe(false);
    expect(await readdir(folder)).toEqual([]);
  });

  it('full disk: exit 1, and no temporary file left on the disk', async () => {
    const folder = await faultyFolder('full', [(f) => ['-t', 'tmpfs', '-o', 'size=8k', 'tmpfs', f]], 'ENOSPC');
    const run = await runInProcess(['build', '2014-04.md', '-o', 'full'], dir);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/^full: error: no space left on the disk \(nothing was written\)/);
    expect(hasStackTrace(run)).toBe(false);
    expect(await readdir(folder)).toEqual([]);
  });

  it('permission denied: exit 1, the folder named', async () => {
    const folder = path.join(dir, 'locked');
    await mkdir(folder);
    // Root writes anywhere a mode allows nothing, but not into an immutable folder.
    const locked = process.getuid?.() === 0 ? await exec('chattr', ['+i', folder]).then(() => true, () => false) : await chmod(folder, 0o555).then(() => true);
    if (!locked) vi.spyOn(outputFs, 'writeFile').mockImplementation(async (file) => Promise.reject(errnoError('EACCES', 'open', String(file))));
    try {
      const run = await runInProcess(['build', '2014-04.md', '-o', 'locked'], dir);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/^locked: error: permission denied: bulletin may not write here/);
      expect(hasStackTrace(run)).toBe(false);
    } finally {
      await exec('chattr', ['-i', folder]).catch(() => undefined);
      await chmod(folder, 0o755);
    }
  });
});

describe('other commands meeting a fault', () => {
  it('bulletin new in a folder it may not write: one line naming the folder, exit 1', async () => {
    const folder = path.join(dir, 'archive-locked');
    await mkdir(folder);
    await tinyIssue(folder);
    // Root writes anywhere a mode allows nothing, but not into an immutable folder (where the file system has the flag).
    const root = process.getuid?.() === 0;
    const locked = root ? await exec('chattr', ['+i', folder]).then(() => true, () => false) : await chmod(folder, 0o555).then(() => true);
    if (!locked) vi.spyOn(outputFs, 'writeFile').mockImplementation(async (file) => Promise.reject(errnoError('EACCES', 'open', String(file))));
    try {
      const run = await runInProcess(['new'], folder);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/^bulletin: \S+archive-locked: permission denied: bulletin may not write here; .*\n$/);
      expect(hasStackTrace(run)).toBe(false);
    } finally {
      await exec('chattr', ['-i', folder]).catch(() => undefined);
      await chmod(folder, 0o755);
    }
  });
});

describe('bulletin build with paths of the wrong kind', () => {
  it('-o naming a file (or a path through one) is a usage error: one line, exit 2', async () => {
    await writeFile(path.join(dir, 'notes.txt'), 'keep me');
    for (const out of ['notes.txt', 'notes.txt/out']) {
      const run = await runInProcess(['build', '2014-04.md', '-o', out], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('bulletin: notes.txt: this is a file, but a folder is needed here; rename or move the file, or choose another place\n');
    }
    expect(await readFile(path.join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('an output path that is a folder fails the issue: exit 1, the folder named', async () => {
    await mkdir(path.join(dir, 'taken', '2014-04.pdf'), { recursive: true });
    const run = await runInProcess(['build', '2014-04.md', '-o', 'taken'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^taken\/2014-04\.pdf: error: this is a folder, but an output file needs its name/);
    expect(hasStackTrace(run)).toBe(false);
  });

  it('a malformed or out-of-range SOURCE_DATE_EPOCH is a usage error, not a bug', async () => {
    for (const value of ['99999999999999999', '253402300800', '1.5', '-1', 'yesterday']) {
      const run = await runInProcess(['build', '2014-04.md', '-o', 'epoch'], dir, { SOURCE_DATE_EPOCH: value });
      expect(run.code, value).toBe(2);
      expect(run.stderr).toContain(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 up to 253402300799 (the end of 9999), not "${value}"`);
    }
    const last = await runInProcess(['build', '2014-04.md', '-o', 'epoch'], dir, { SOURCE_DATE_EPOCH: '253402300799' });
    expect(last.code, last.stderr).toBe(0);
  });
});

describe('a bug in bulletin', () => {
  const bug = (): void => {
    vi.spyOn(outputFs, 'writeFile').mockRejectedValue(new TypeError('simulated bug'));
  };

  it('exits 3 with the version and how to report it, the stack trace only with --debug or BULLETIN_DEBUG=1', async () => {
    bug();
    const plain = await runInProcess(['build', '2014-04.md', '-o', 'bug'], dir);
    expect(plain.code).toBe(3);
    expect(plain.stderr).toBe(
      `bulletin: 2014-04.md: internal error in bulletin ${packageVersion()}; this is a bug in bulletin, not in your files. Please report it with the command you ran (run again with --debug or BULLETIN_DEBUG=1 for the details)\n`,
    );
    for (const [args, env] of [[['--debug'], {}], [[], { BULLETIN_DEBUG: '1' }]] as const) {
      const debug = await runInProcess(['build', '2014-04.md', '-o', 'bug', ...args], dir, env);
      expect(debug.code).toBe(3);
      expect(debug.stderr).toMatch(/TypeError: simulated bug\n\s+at /);
    }
  });

  it('fails only its issue: the others are built and recorded, and the --json report is printed', async () => {
    const batch = path.join(dir, 'batch');
    await mkdir(batch);
    await tinyIssue(batch, '2014-04.md');
    await tinyIssue(batch, '2014-05.md');
    const writeFile = outputFs.writeFile;
    vi.spyOn(outputFs, 'writeFile').mockImplementation(async (file, data) => {
      if (String(file).includes('2014-04.pdf')) throw new TypeError('simulated bug');
      await writeFile(file, data);
    });
    const run = await runInProcess(['build', '.', '-o', 'out', '--json', '--jobs', '1'], batch);
    expect(run.code).toBe(3);
    const report = JSON.parse(run.stdout) as { failed: number; built: number; issues: { file: string; status: string; internalError?: string }[] };
    expect(report).toMatchObject({ built: 1, failed: 1 });
    expect(report.issues.map((i) => [i.file, i.status, i.internalError !== undefined])).toEqual([
      ['2014-04.md', 'failed', true],
      ['2014-05.md', 'built', false],
    ]);
    const manifest = JSON.parse(await readFile(path.join(batch, 'out', MANIFEST_NAME), 'utf8')) as { issues: Record<string, unknown> };
    expect(Object.keys(manifest.issues)).toEqual(['../2014-05.md']);
    expect(hasStackTrace(run)).toBe(false);
  });
});

describe('the build record and leftovers of killed builds', () => {
  it('ignores a damaged manifest with a warning, rebuilds, and rewrites it', async () => {
    const folder = path.join(dir, 'record');
    await mkdir(folder);
    await tinyIssue(folder);
    const manifest = path.join(folder, MANIFEST_NAME);
    expect((await runInProcess(['build', '2014-04.md'], folder)).code).toBe(0);
    const good = JSON.parse(await readFile(manifest, 'utf8')) as { issues: Record<string, Record<string, unknown>> };
    const damaged = [
      { text: JSON.stringify({ ...good, issues: { '2014-04.md': { ...good.issues['2014-04.md'], outputs: null } } }), warning: /one entry of the build record .* is damaged and ignored/ },
      { text: '{"manifest": 1, "issues": {', warning: /the build record \(\.bulletin-manifest\.json\) is damaged and was ignored/ },
      { text: '[1, 2]', warning: /the build record \(\.bulletin-manifest\.json\) is damaged and was ignored/ },
      { text: '\u0000\u0001binary', warning: /the build record \(\.bulletin-manifest\.json\) is damaged and was ignored/ },
    ];
    for (const d of damaged) {
      await writeFile(manifest, d.text);
      const run = await runInProcess(['build', '2014-04.md'], folder);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^wrote 2014-04\.pdf \(1 page, \d+ KB\)\n$/);
      expect(run.stderr).toMatch(new RegExp(`^\\.bulletin-manifest\\.json(:\\d+:\\d+)?: warning: ${d.warning.source}`));
      const again = await runInProcess(['build', '2014-04.md'], folder);
      expect(again).toEqual({ code: 0, stdout: 'up to date: 2014-04.pdf\n', stderr: '' });
    }
  });

  it('removes the temporary files of writers that died, and keeps a live writer’s', async () => {
    const folder = path.join(dir, 'leftovers');
    await mkdir(folder);
    await tinyIssue(folder);
    const dead = spawn(process.execPath, ['-e', '']);
    const deadPid = dead.pid ?? 0;
    await new Promise((resolve) => dead.once('exit', resolve));
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const other = HOST_TAG === 'ffff' ? 'eeee' : 'ffff';
      const names = [
        `.2014-04.pdf.${deadPid}.${HOST_TAG}abcd.tmp`,
        `.other.pdf.${deadPid}.${HOST_TAG}3210.tmp`,
        `.2014-04.pdf.${live.pid ?? 0}.${HOST_TAG}abcd.tmp`,
        // Another machine's: its process cannot be looked up here, so only an old one is removed.
        `.fresh.pdf.${deadPid}.${other}0000.tmp`,
        `.stale.pdf.${deadPid}.${other}1111.tmp`,
        '.notes.tmp',
      ];
      for (const n of names) await writeFile(path.join(folder, n), 'partial');
      const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      await utimes(path.join(folder, `.stale.pdf.${deadPid}.${other}1111.tmp`), hoursAgo, hoursAgo);
      const run = await runInProcess(['build', '2014-04.md'], folder);
      expect(run.code, run.stderr).toBe(0);
      expect((await readdir(folder)).sort()).toEqual(
        [`.2014-04.pdf.${live.pid ?? 0}.${HOST_TAG}abcd.tmp`, `.fresh.pdf.${deadPid}.${other}0000.tmp`, MANIFEST_NAME, '.notes.tmp', '2014-04.md', '2014-04.pdf'].sort(),
      );
    } finally {
      live.kill();
    }
  });
});
