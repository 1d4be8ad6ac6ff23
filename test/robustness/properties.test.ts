import { rm } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../cli/batchRun.js';
import { tempDir } from '../e2e/reference.js';
import { VALID_FRONT_MATTER, anyFile, body, frontMatter } from './arbitraries.js';
import { InvariantChecker } from './invariantChecker.js';

// Property-based tests (issue 10, point 7): over generated front matter, Markdown bodies and
// whole files, every build ends in a PDF that qpdf accepts or in located errors; never an
// exception, never a hang. Seeded, so a failure names a case that fails again; 1,000 cases in all.

const SEED = 20_141_017;
let dir: string;
let checker: InvariantChecker;

beforeAll(async () => {
  await ensureBundle();
  dir = await tempDir('properties');
  checker = new InvariantChecker({ dir });
}, 60_000);

afterAll(async () => {
  await checker.close();
  await rm(dir, { recursive: true, force: true });
});

/** Checks the property over `runs` cases: each build as it comes, qpdf over all the PDFs at the end. */
async function holds(name: string, arbitrary: fc.Arbitrary<string | Uint8Array>, runs: number): Promise<void> {
  // Shrinking would rebuild a failing case hundreds of times: the seed and the case itself are enough to replay it.
  await fc.assert(
    fc.asyncProperty(arbitrary, async (file) => {
      expect(await checker.check(name, file)).toBeUndefined();
    }),
    { seed: SEED, numRuns: runs, endOnFailure: true },
  );
  expect(await checker.checkPdfs()).toEqual([]);
}

// Two at a time: the checker has two threads.
describe.concurrent('every build keeps the invariant', () => {
  it('over front matter (400 cases)', async () => {
    await holds('front-matter', frontMatter.map((fm) => `${fm}\n本期要目。\n\n## 一、会议\n\n会议于上午召开[^1]。\n\n[^1]: 注释。\n`), 400);
  }, 120_000);

  it('over Markdown bodies (500 cases)', async () => {
    await holds('body', body.map((b) => `${VALID_FRONT_MATTER}\n${b}`), 500);
  }, 120_000);

  it('over whole files of any bytes (100 cases)', async () => {
    await holds('bytes', anyFile, 100);
  }, 120_000);
});
