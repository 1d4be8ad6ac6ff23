import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../e2e/reference.js';
import { makeArchive, type ArchiveIssue } from '../fixtures/batch/archive.js';
import { bulletin, ensureBundle } from './batchRun.js';

// `bulletin build` on the secretariat's archive of 24 issues (issue 5, "Done when"), through the
// real executable: worker threads, shards, incremental builds, the JSON report, exit codes.

interface JsonIssue {
  readonly file: string;
  readonly status: 'built' | 'skipped' | 'failed';
  readonly outputs: readonly string[];
}
interface JsonReport {
  readonly total: number;
  readonly selected: number;
  readonly built: number;
  readonly skipped: number;
  readonly failed: number;
  readonly jobs: number;
  readonly shard?: { readonly index: number; readonly count: number };
  readonly issues: readonly JsonIssue[];
}

let dir: string;
let issues: ArchiveIssue[];
const names = (): string[] => issues.map((i) => path.basename(i.file, '.md'));

beforeAll(async () => {
  await ensureBundle();
  dir = await tempDir('batch-cli');
  issues = await makeArchive(dir);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function pdfsIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((f) => f.endsWith('.pdf')).sort();
}

describe('bulletin build <folder> --jobs 2', () => {
  it('writes all 24 issues with --jobs 2 (built on this thread: 24 are too few to repay a worker), the JSON report alone on stdout', async () => {
    const o = await bulletin(['build', '.', '-o', 'out', '--jobs', '2', '--json'], dir);
    expect(o.code, o.stderr).toBe(0);
    const report = JSON.parse(o.stdout) as JsonReport;
    expect(report).toMatchObject({ total: 24, selected: 24, built: 24, skipped: 0, failed: 0, jobs: 2 });
    expect(report.issues.map((i) => i.file)).toEqual(names().map((n) => `${n}.md`));
    expect(report.issues.map((i) => i.outputs)).toEqual(names().map((n) => [`out/${n}.pdf`]));
    expect(await pdfsIn(path.join(dir, 'out'))).toEqual(names().map((n) => `${n}.pdf`));
    for (const n of names()) {
      const pdf = await readFile(path.join(dir, 'out', `${n}.pdf`));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.subarray(-7).toString('latin1').trim()).toBe('%%EOF');
    }
    expect(o.stderr).toMatch(/^24 issues: 24 built, 0 up to date, 0 failed in [\d.]+ s \(2 jobs\)$/m);
  }, 120_000);

  it('skips the issues that are up to date, rebuilds one that changed, and all with --force', async () => {
    const again = await bulletin(['build', '.', '-o', 'out', '--jobs', '2'], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.trim().split('\n')).toEqual(names().map((n) => `up to date: out/${n}.pdf`));
    expect(again.stderr).toMatch(/^24 issues: 0 built, 24 up to date, 0 failed/m);

    const issue = (issues[5] as ArchiveIssue).file;
    await writeFile(issue, (await readFile(issue, 'utf8')).replace('本次会议', '此次会议'));
    const one = JSON.parse((await bulletin(['build', '.', '-o', 'out', '--json'], dir)).stdout) as JsonReport;
    expect(one.issues.filter((i) => i.status === 'built').map((i) => i.file)).toEqual(['2014-06.md']);

    const forced = JSON.parse((await bulletin(['build', '2014-01.md', '2014-02.md', '-o', 'out', '--force', '--json'], dir)).stdout) as JsonReport;
    expect([forced.built, forced.skipped]).toEqual([2, 0]);
  }, 120_000);
});

describe('bulletin build --shard K/N', () => {
  it('builds each issue exactly once across the shards 1/3, 2/3 and 3/3', async () => {
    const built: string[][] = [];
    for (const k of [1, 2, 3]) {
      const o = await bulletin(['build', '.', '-o', 'sharded', '--shard', `${k}/3`, '--jobs', '1', '--json'], dir);
      expect(o.code, o.stderr).toBe(0);
      const report = JSON.parse(o.stdout) as JsonReport;
      expect(report).toMatchObject({ total: 24, shard: { index: k, count: 3 }, skipped: 0, failed: 0 });
      expect(report.built).toBe(report.selected);
      expect(report.selected).toBeGreaterThan(0);
      expect(o.stderr).toMatch(new RegExp(`^shard ${k}/3: ${report.selected} of 24 issues: ${report.selected} built`, 'm'));
      built.push(report.issues.map((i) => i.file));
    }
    const all = built.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(names().map((n) => `${n}.md`));
    expect(await pdfsIn(path.join(dir, 'sharded'))).toEqual(names().map((n) => `${n}.pdf`));
  }, 120_000);

  it('chooses the same shards whatever the order the files are given in', async () => {
    const forward = JSON.parse((await bulletin(['build', ...names().map((n) => `${n}.md`), '-o', 'sharded', '--shard', '2/3', '--json'], dir)).stdout) as JsonReport;
    const backward = JSON.parse((await bulletin(['build', ...names().map((n) => `${n}.md`).reverse(), '-o', 'sharded', '--shard', '2/3', '--json'], dir)).stdout) as JsonReport;
    expect(backward.issues.map((i) => i.file).sort()).toEqual(forward.issues.map((i) => i.file).sort());
  }, 60_000);
});

describe('bulletin build: failures and usage errors', () => {
  it('builds the other issues when one fails, and exits 1 naming it', async () => {
    const project = await tempDir('batch-fail');
    try {
      const few = await makeArchive(project, { years: [2014], perYear: 3 });
      const bad = (few[1] as ArchiveIssue).file;
      await writeFile(bad, (await readFile(bad, 'utf8')).replace('issue: 2', 'issue: two'));
      const o = await bulletin(['build', '.', '-o', 'out', '--jobs', '2'], project);
      expect(o.code).toBe(1);
      expect(o.stderr).toMatch(/^2014-02\.md:2:8: error: .*\bissue\b/m);
      expect(o.stderr).toMatch(/^failed: 2014-02\.md$/m);
      expect(o.stderr).toMatch(/^3 issues: 2 built, 0 up to date, 1 failed/m);
      expect(o.stderr).not.toMatch(/^ {4}at /m);
      expect(await pdfsIn(path.join(project, 'out'))).toEqual(['2014-01.pdf', '2014-03.pdf']);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 60_000);

  it.each([
    [['--shard', '4/3'], /--shard/],
    [['--shard', 'half'], /--shard/],
    [['--jobs', '0'], /--jobs/],
    [['no-such-folder'], /no such file or folder: no-such-folder/],
  ])('rejects %j with exit 2 and a message', async (args, message) => {
    const o = await bulletin(['build', '.', ...args], dir);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(message);
    expect(o.stdout).toBe('');
  }, 30_000);

  it('rejects two issues that would write the same output', async () => {
    const other = await tempDir('batch-clash');
    try {
      await writeFile(path.join(other, '2014-01.md'), await readFile((issues[0] as ArchiveIssue).file));
      const o = await bulletin(['build', '2014-01.md', path.join(other, '2014-01.md'), '-o', 'clash'], dir);
      expect(o.code).toBe(2);
      expect(o.stderr).toMatch(/would both write clash\/2014-01\.\*/);
      expect(existsSync(path.join(dir, 'clash'))).toBe(false);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  }, 30_000);
});
