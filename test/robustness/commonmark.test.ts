import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../cli/batchRun.js';
import { tempDir } from '../e2e/reference.js';
import { VALID_FRONT_MATTER } from './arbitraries.js';
import { InvariantChecker } from './invariantChecker.js';

// Every example of the CommonMark specification (npm commonmark-spec, 652 of them) built as the
// body of an issue: each keeps the invariant of issue 10, point 7 (a PDF qpdf accepts, or located
// errors; never an exception, never a hang). What the PDF shows is not compared with the spec's HTML.

interface Example {
  readonly markdown: string;
  readonly section: string;
  readonly number: number;
}

// A CommonJS package without types: its `tests` are the examples, tabs written as → in the spec.
const { tests } = createRequire(import.meta.url)('commonmark-spec') as { tests: readonly Example[] };

let dir: string;
let checker: InvariantChecker;

beforeAll(async () => {
  await ensureBundle();
  dir = await tempDir('commonmark');
  checker = new InvariantChecker({ dir });
}, 60_000);

afterAll(async () => {
  await checker.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the CommonMark specification’s examples', () => {
  it(`build as issue bodies, all ${tests.length} of them`, async () => {
    expect(tests.length).toBeGreaterThanOrEqual(600);
    const breaches: string[] = [];
    let next = 0;
    // Two at a time, on the checker's two threads.
    const work = async (): Promise<void> => {
      for (let i = next++; i < tests.length; i = next++) {
        const example = tests[i] as Example;
        const why = await checker.check(`example-${example.number}`, `${VALID_FRONT_MATTER}\n${example.markdown.replaceAll('→', '\t')}`);
        if (why !== undefined) breaches.push(`example ${example.number} (${example.section}): ${why}`);
      }
    };
    await Promise.all([work(), work()]);
    breaches.push(...(await checker.checkPdfs()));
    expect(breaches).toEqual([]);
  }, 180_000);
});
