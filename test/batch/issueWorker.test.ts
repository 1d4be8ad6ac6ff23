import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { IssueWorker } from '../../src/batch/issueWorker.js';
import { ensureBundle } from '../cli/batchRun.js';
import { tempProjects } from '../e2e/projects.js';
import { tinyIssue } from '../faults/tinyIssue.js';

// A batch's worker thread (dist/worker.cjs) is handed issues ahead of time and builds them one
// after another; a thread that dies reports what it held, and takes nothing more.

const project = tempProjects();

beforeAll(ensureBundle, 60_000);

describe('IssueWorker', () => {
  it('builds the issues handed to it at once, each answered as its own', async () => {
    const dir = await project('issue-worker');
    const worker = new IssueWorker();
    try {
      const files = await Promise.all(['2014-01.md', '2014-02.md', '2014-03.md'].map((name, i) => tinyIssue(dir, name, `第${i + 1}期要目。\n`)));
      const outcomes = await Promise.all(files.map((file) => worker.build({ file, options: { outDir: path.join(dir, 'out'), systemFontDirs: [], sourceDateEpoch: 1_413_504_000 } })));
      expect(outcomes.map((o) => o.file)).toEqual(files);
      for (const [i, outcome] of outcomes.entries()) {
        expect(outcome.internalError).toBeUndefined();
        expect(outcome.result?.output).toBe(path.join(dir, 'out', `2014-0${i + 1}.pdf`));
        expect(outcome.hashes?.inputs[files[i] as string]).toMatch(/^[0-9a-f]{64}$/);
        expect((await readFile(outcome.result?.output as string)).subarray(0, 5).toString()).toBe('%PDF-');
      }
      expect(worker.alive).toBe(true);
    } finally {
      await worker.close();
    }
  }, 60_000);

  it('reports the issues a dead thread held as internal errors, and builds no more', async () => {
    // Too little heap to load the engine: the thread dies of it, as a bug or a runaway build would.
    const dir = await project('issue-worker-dies');
    const worker = new IssueWorker({ maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 });
    try {
      const file = await tinyIssue(dir, 'dies.md');
      const task = { file, options: { outDir: path.join(dir, 'dead'), systemFontDirs: [] } };
      const held = await Promise.all([worker.build(task), worker.build(task)]);
      for (const outcome of held) {
        expect(outcome.file).toBe(file);
        expect(outcome.result).toBeUndefined();
        expect(outcome.internalError).toMatch(/memory|exit code/i);
      }
      expect(worker.alive).toBe(false);
      expect((await worker.build(task)).internalError).toBe(held[0]?.internalError);
    } finally {
      await worker.close();
    }
  }, 60_000);
});
