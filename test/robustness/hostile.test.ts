import { constants } from 'node:fs';
import { open, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../cli/batchRun.js';
import { tempDir } from '../e2e/reference.js';
import { generateHostileCorpus, type HostileCase } from '../fixtures/hostile/generate.mjs';
import { InvariantChecker } from './invariantChecker.js';

// The hostile corpus of issue 10 (test/fixtures/hostile/generate.mjs, made here at small sizes):
// every case keeps the invariant — a PDF qpdf accepts, or located errors; never an exception,
// never a hang (10 s), never more than 1 GB.

// Cases that break the invariant today in parts of bulletin other helpers are changing for the
// same issue (issue 10): left out here until their fixes land, and listed in the report. Each is
// still generated, and bench/hostile.mjs runs it. Remove a line when its fix is on main.
const OPEN: Readonly<Record<string, string>> = {};

let dir: string;
let checker: InvariantChecker;
let corpus: HostileCase[];

beforeAll(async () => {
  await ensureBundle();
  dir = await tempDir('hostile');
  corpus = await generateHostileCorpus(path.join(dir, 'corpus'));
  checker = new InvariantChecker({ dir });
}, 60_000);

afterAll(async () => {
  await checker.close();
  await rm(dir, { recursive: true, force: true });
});

/** Ends any read still waiting on a FIFO of the case: a writer that opens and closes gives it end of file. */
async function releaseFifos(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFIFO()) continue;
    const fifo = path.join(entry.parentPath, entry.name);
    await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).then(
      (handle) => handle.close(),
      () => undefined, // ENXIO: nobody is reading it.
    );
  }
}

describe('the hostile corpus', () => {
  it('has its special files on this system (FIFOs, a link to /dev/zero)', () => {
    expect(corpus.filter((c) => c.special).map((c) => c.name)).toEqual(['picture-fifo', 'picture-dev-zero', 'font-fifo', 'config-fifo', 'issue-fifo']);
  });

  it('builds or fails with located errors, case by case', async () => {
    const cases = corpus.filter((c) => OPEN[c.name] === undefined);
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const breaches: string[] = [];
    let next = 0;
    const work = async (): Promise<void> => {
      for (let i = next++; i < cases.length; i = next++) {
        const c = cases[i] as HostileCase;
        const why = await checker.check(c.name, undefined, c.file);
        if (c.special) await releaseFifos(path.dirname(c.file));
        if (why !== undefined) breaches.push(`${c.name} (${c.area}: ${c.about}): ${why}`);
      }
    };
    await Promise.all([work(), work()]);
    breaches.push(...(await checker.checkPdfs()));
    expect(breaches.sort()).toEqual([]);
  }, 180_000);
});
