import { readFile, rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue, type BuildOptions } from '../../src/index.js';
import { readPdf } from './pdfText.js';
import { referenceIssue, tempDir } from './reference.js';

// Same input, same bytes (STYLE.md point 9): the reproducibility test is the one place where
// PDFs are compared byte for byte. Each build goes to a folder of its own with a different name,
// so nothing of the output path may leak into the file.

const dirs: string[] = [];

async function build(options: Omit<BuildOptions, 'outDir' | 'systemFontDirs'> = {}): Promise<Uint8Array> {
  const outDir = await tempDir('repro');
  dirs.push(outDir);
  const result = await buildIssue(referenceIssue, { ...options, outDir, systemFontDirs: [] });
  if (!result.output) throw new Error(`build failed: ${JSON.stringify(result.diagnostics)}`);
  return new Uint8Array(await readFile(result.output));
}

/** Where two byte arrays first differ, or undefined when they are equal (no huge diff on failure). */
function firstByteDifference(a: Uint8Array, b: Uint8Array): string | undefined {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      const show = (x: Uint8Array): string => JSON.stringify(Buffer.from(x.subarray(Math.max(0, i - 40), i + 40)).toString('latin1'));
      return `byte ${i} differs:\n  ${show(a)}\n  ${show(b)}`;
    }
  }
  return a.length === b.length ? undefined : `lengths differ: ${a.length} and ${b.length}`;
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('reproducible builds', () => {
  // 2023-11-14T22:13:20Z
  const epoch = 1_700_000_000;

  it('builds the reference twice into byte-identical files', async () => {
    const first = await build();
    const second = await build();
    expect(first.length).toBeGreaterThan(0);
    expect(firstByteDifference(first, second)).toBeUndefined();
  }, 30_000);

  it('dates the PDF from sourceDateEpoch, and is still reproducible with it', async () => {
    const plain = await build();
    const first = await build({ sourceDateEpoch: epoch });
    const second = await build({ sourceDateEpoch: epoch });
    expect(firstByteDifference(first, second)).toBeUndefined();
    expect(firstByteDifference(plain, first)).toBeDefined();

    const dated = await readPdf(first);
    expect(dated.info.CreationDate?.toISOString()).toBe(new Date(epoch * 1000).toISOString());
    const undated = await readPdf(plain);
    expect(undated.info.CreationDate?.toISOString()).toBe('2014-10-17T00:00:00.000Z');
  }, 30_000);

  it('gives different sourceDateEpoch values different files', async () => {
    const a = await build({ sourceDateEpoch: epoch });
    const b = await build({ sourceDateEpoch: epoch + 86_400 });
    expect(firstByteDifference(a, b)).toBeDefined();
    expect((await readPdf(b)).info.CreationDate?.toISOString()).toBe(new Date((epoch + 86_400) * 1000).toISOString());
  }, 30_000);
});
