import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUES_PER_WORKER } from '../../src/batch/runJobs.js';
import { buildBatch } from '../../src/index.js';
import { ensureBundle } from '../cli/batchRun.js';
import { tempDir } from '../e2e/reference.js';
import { tinyIssue } from './tinyIssue.js';

// An exception inside a worker thread is the failure of the issue it was building: the batch
// still ends with its report. The exception here is the library's own RangeError for a
// sourceDateEpoch past the year 9999, which the CLI refuses before building (a usage error).

let dir: string;

beforeAll(async () => {
  await ensureBundle();
  dir = await tempDir('worker-faults');
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Enough issues for this thread and one worker (runJobs.ts: ISSUES_PER_WORKER). */
async function manyIssues(): Promise<string[]> {
  const count = ISSUES_PER_WORKER + 2;
  return Promise.all(Array.from({ length: count }, (_, i) => tinyIssue(dir, `${2014 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}.md`)));
}

describe('buildBatch on worker threads', () => {
  it('writes the same bytes from a worker as from this thread', async () => {
    const files = await manyIssues();
    const options = { systemFontDirs: [], sourceDateEpoch: 1_413_504_000 };
    const alone = await buildBatch(files, { ...options, outDir: path.join(dir, 'alone'), jobs: 1 });
    const shared = await buildBatch(files, { ...options, outDir: path.join(dir, 'shared'), jobs: 2 });
    expect([alone.built, shared.built]).toEqual([files.length, files.length]);
    for (const file of files) {
      const name = `${path.basename(file, '.md')}.pdf`;
      expect(await readFile(path.join(dir, 'shared', name)), name).toEqual(await readFile(path.join(dir, 'alone', name)));
    }
  }, 120_000);

  it('reports an exception in a worker as that issue’s internal error, and returns the report', async () => {
    const files = await manyIssues();
    const out = path.join(dir, 'out');
    await mkdir(out);
    const report = await buildBatch(files, { outDir: out, jobs: 2, systemFontDirs: [], sourceDateEpoch: 1e20 });
    expect(report).toMatchObject({ built: 0, failed: files.length, jobs: 2, diagnostics: [] });
    for (const issue of report.issues) {
      expect(issue.status).toBe('failed');
      expect(issue.internalError).toMatch(/RangeError: sourceDateEpoch must be a whole number of seconds from 0 to 253402300799/);
    }
    expect(await readdir(out)).toEqual([]);
  }, 60_000);
});
