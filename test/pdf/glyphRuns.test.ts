import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { tempProjects } from '../e2e/projects.js';
import { referenceIssue } from '../e2e/reference.js';

// The painter writes the glyphs between two TJ offsets as one hex string (issue 13): a line of
// Han text set on the grid needs no offset at all, and one string per glyph made the content
// streams a third longer. Lines share a text object and the state they set (textObjects.ts).
// The text and positions read back are checked by test/e2e.

const project = tempProjects();

/** The content streams of the PDF built from `file`. */
async function builtStreams(file: string): Promise<string[]> {
  const outDir = await project('glyph-runs');
  const result = await buildIssue(file, { outDir, systemFontDirs: [] });
  if (!result.output) throw new Error(`build failed: ${JSON.stringify(result.diagnostics)}`);
  return textStreams(await readFile(result.output));
}

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
      if (content.includes('] TJ')) out.push(content);
    } catch {
      // A font program or a picture: not content.
    }
  }
  return out;
}

describe('glyph runs in the content streams', () => {
  it('puts the glyphs between two offsets in one hex string', async () => {
    const streams = await builtStreams(referenceIssue);
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

  it('writes the lines between other content in one text object, and state only when it changes', async () => {
    const streams = await builtStreams(referenceIssue);
    for (const stream of streams) {
      const lines = stream.trimEnd().split('\n');
      // pdfkit's flip to a top-left origin and its undoing are both gone.
      expect(stream).not.toMatch(/ cm\n/);
      expect(stream).not.toMatch(/ Tm\b/);
      const shown = lines.filter((l) => l.endsWith('] TJ'));
      const objects = lines.filter((l) => l.startsWith('BT '));
      expect(lines.filter((l) => l === 'ET').length).toBe(objects.length);
      // A text object is closed only for other content (the rules), or at the end.
      lines.forEach((l, i) => {
        if (l === 'ET') expect(lines[i + 1] ?? 'q ').toMatch(/^q /);
      });
      expect(objects.length).toBeLessThanOrEqual(lines.filter((l) => l.startsWith('q ')).length + 1);
      expect(lines.at(-1)).toBe('ET');
      // Every line is placed by Td; the colour and font are set again only when they change.
      for (const l of shown) expect(l).toMatch(/^(BT )?([\d. ]+ k )?(\/F\d [\d.]+ Tf )?-?[\d.]+ -?[\d.]+ Td \[/);
      expect(shown.filter((l) => / k /.test(l)).length).toBeLessThan(shown.length / 5);
      expect(shown.filter((l) => / Tf /.test(l)).length).toBeLessThan(shown.length / 3);
    }
    // The body lines after the first of a page follow each other down the grid.
    expect(streams.join('\n')).toMatch(/\n0 -18 Td \[/);
  }, 30_000);

  it('fills only again the text after a bold heading (its stroke mode outlasts the text object)', async () => {
    const dir = await project('glyph-runs-bold');
    const file = path.join(dir, 'bold.md');
    await writeFile(file, '---\ntitle: 测试\nissue: 1\ndate: 2014-10-17\nsponsors: [某单位]\n---\n\n#### 加粗的小标题\n\n正文，这里的字只填充，不描边。\n');
    const stream = (await builtStreams(file)).join('\n');
    const bold = stream.indexOf(' 2 Tr ');
    expect(bold).toBeGreaterThan(0);
    // The next line resets the mode, and nothing after it sets it again.
    const after = stream.slice(bold).split('\n')[1] ?? '';
    expect(after).toMatch(/^0 Tr .* TJ$/);
    expect(stream.indexOf(' 2 Tr ', bold + 1)).toBe(-1);
  }, 30_000);
});
