import { readFile, rm } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { referenceIssue, tempDir } from '../e2e/reference.js';

// The painter writes the glyphs between two TJ offsets as one hex string (issue 13): a line of
// Han text set on the grid needs no offset at all, and one string per glyph made the content
// streams a third longer. The text and positions read back are checked by test/e2e.

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** The decompressed streams of a PDF that hold text (BT … ET). */
function textStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  const stream = /\/Filter \/FlateDecode[^]*?>>\nstream\n/g;
  for (let m = stream.exec(text); m; m = stream.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('\nendstream', start);
    try {
      const content = inflateSync(pdf.subarray(start, end)).toString('latin1');
      if (content.includes(' TJ ET')) out.push(content);
    } catch {
      // A font program or a picture: not content.
    }
  }
  return out;
}

describe('glyph runs in the content streams', () => {
  it('puts the glyphs between two offsets in one hex string', async () => {
    const outDir = await tempDir('glyph-runs');
    dirs.push(outDir);
    const result = await buildIssue(referenceIssue, { outDir, systemFontDirs: [] });
    if (!result.output) throw new Error(`build failed: ${JSON.stringify(result.diagnostics)}`);
    const streams = textStreams(await readFile(result.output));
    expect(streams.length).toBe(3);
    const arrays = streams.flatMap((s) => [...s.matchAll(/\[([^\]]*)\] TJ/g)].map((m) => m[1] as string));
    expect(arrays.length).toBeGreaterThan(50);
    for (const operands of arrays) {
      // Never two strings in a row: they would have been one.
      expect(operands).not.toMatch(/> </);
      for (const hex of operands.match(/<([0-9A-F]*)>/g) ?? []) expect((hex.length - 2) % 4).toBe(0);
    }
    // A body line of 36 ideographs set on the grid is one string of 36 two-byte codes.
    expect(arrays.some((operands) => /^<[0-9A-F]{144}>$/.test(operands))).toBe(true);
  }, 30_000);
});
