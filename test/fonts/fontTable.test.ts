import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACES } from '../../src/fonts/fontCandidates.js';
import { FontTable } from '../../src/fonts/fontTable.js';
import { loadFont } from '../../src/fonts/loadFont.js';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';
import { repoRoot } from '../e2e/reference.js';

// The bundled faces' tables (dist/fonts/*.table, made by `node scripts/bundle.mjs`) against
// fontkit itself on real text: the reference issue and the stress corpus, whole runs as the
// typesetter cuts them (Latin words, Han runs), and every character one by one.
const corpus = [
  readFileSync(join(repoRoot, 'examples', '2014-04.md'), 'utf8'),
  ...readdirSync(join(repoRoot, 'test', 'fixtures', 'stress'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(repoRoot, 'test', 'fixtures', 'stress', f), 'utf8')),
].join('\n');
const characters = [...new Set(corpus)];
// Runs with — · ⸺ are shaped with `fwid` (checked below), not with the default features.
const latinWords = [...new Set(corpus.match(/[\u0021-\u007e\u00a0-\u024f\u2010-\u206f]{2,}/gu) ?? [])].filter((w) => !/[—·⸺]/u.test(w));
const hanRuns = [...new Set(corpus.match(/[\u3000-\u3030\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]{2,}/gu) ?? [])];
const files = [...new Set(Object.values(BUNDLED_FACES))];

function fontkitRun(face: fontkit.Font, text: string): { id: number; advance: number }[] {
  const run = face.layout(text);
  return run.glyphs.map((g, i) => ({ id: g.id, advance: run.positions[i]?.xAdvance ?? NaN }));
}

describe.each(files)('the table of %s', (file) => {
  const path = join(bundledFontDir(), file);
  const face = fontkit.openSync(path) as fontkit.Font;
  const font = loadFont(path);

  it('is the prebuilt table, read without fontkit, with the face\'s names and metrics', () => {
    expect(font.table).toBeInstanceOf(FontTable);
    expect(font.postscriptName).toBe(face.postscriptName);
    expect(font.family).toBe(face.familyName);
    expect(font.unitsPerEm).toBe(face.unitsPerEm);
    const t = font.table;
    expect([t.ascent, t.descent, t.capHeight, t.xHeight, t.numGlyphs]).toEqual([face.ascent, face.descent, face.capHeight, face.xHeight, face.numGlyphs]);
    expect(t.bbox).toEqual({ minX: face.bbox.minX, minY: face.bbox.minY, maxX: face.bbox.maxX, maxY: face.bbox.maxY });
  });

  it('gives each character the glyph and advance fontkit gives it', () => {
    const hmtx = (face as unknown as { hmtx: { metrics: { length: number; get(i: number): { advance: number } } } }).hmtx.metrics;
    for (const ch of [...characters, 'ﬁ', '\u{20000}', '\u{10FFFF}', '\uFFFD']) {
      const cp = ch.codePointAt(0) ?? 0;
      const id = face.glyphForCodePoint(cp).id;
      expect({ ch, has: font.table.hasGlyph(cp), id: font.table.glyphId(cp) }).toEqual({ ch, has: face.hasGlyphForCodePoint(cp), id });
      expect(font.table.advance(id)).toBe(hmtx.get(Math.min(id, hmtx.length - 1)).advance);
    }
  });

  it('shapes the Latin words and Han runs of real text as fontkit does, or leaves them to it', () => {
    let shaped = 0;
    for (const text of [...latinWords, ...hanRuns, 'office', 'AV', 'To', '1.5', '2014-04', 'Wavy', '3:40', '12:30', '1⁄2']) {
      const ours = font.table.shapeRun([...text]);
      if (!ours) continue;
      shaped++;
      expect({ text, run: ours.map(({ id, advance }) => ({ id, advance })) }).toEqual({ text, run: fontkitRun(face, text) });
      expect(ours.map((g) => g.text).join('')).toBe(text);
    }
    // Ligatures (fi, fl) are left to fontkit; the rest comes from the table.
    expect(shaped).toBeGreaterThan(latinWords.length * 0.5);
  });

  it('kerns a Latin pair as fontkit does (the table is not just the advances)', () => {
    if (file !== BUNDLED_FACES.body) return;
    const ours = font.table.shapeRun(['A', 'V']);
    expect(ours?.map((g) => g.advance)).toEqual(fontkitRun(face, 'AV').map((g) => g.advance));
    expect(ours?.[0]?.advance).not.toBe(font.table.advance(font.table.glyphId(0x41)));
  });

  it('shapes —— and · as fontkit does with `fwid`, copying as typed', () => {
    for (const text of ['——', '—', '——————', '·']) {
      if (!face.hasGlyphForCodePoint(text.codePointAt(0) ?? 0)) continue;
      const fresh = fontkit.openSync(path) as fontkit.Font;
      const run = fresh.layout(text, ['fwid']);
      const ours = font.table.shapeRun([...text]);
      expect(ours?.map(({ id, advance }) => ({ id, advance }))).toEqual(run.glyphs.map((g, i) => ({ id: g.id, advance: run.positions[i]?.xAdvance })));
      expect(ours?.map((g) => g.text).join('')).toBe(text);
    }
  });
});
