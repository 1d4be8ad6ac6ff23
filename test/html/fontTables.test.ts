import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FACES } from '../../src/fonts/fontCandidates.js';
import { FontTable } from '../../src/fonts/fontTable.js';
import { loadFont } from '../../src/fonts/loadFont.js';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';
import { isNarrowMark } from '../../src/render/html/narrowMarks.js';
import { fontMeasurer } from '../../src/render/html/tableColumns.js';
import { classify, isCjkPunctuation } from '../../src/typeset/charClass.js';

// The page reads the bundled faces' tables, not the faces (issue 13): what it decides from them
// must be what fontkit says of the faces themselves, for every Chinese mark and, for the column
// widths, every character of the ranges a table's text is made of.
const files = [...new Set(Object.values(BUNDLED_FACES))];
const FULL_WIDTH = /[—·⸺]/u;

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
}

const marks = [...range(0x00a0, 0x00ff), ...range(0x2010, 0x206f), ...range(0x2e3a, 0x2e3b), ...range(0x3000, 0x303f), ...range(0xfe10, 0xfe6f), ...range(0xff00, 0xff65)].filter((ch) => isCjkPunctuation(classify(ch)));
const text = [...range(0x20, 0x7e), ...range(0xa0, 0x24f), ...range(0x2010, 0x206f), ...range(0x3000, 0x303f), ...range(0x4e00, 0x4fff), ...range(0xff01, 0xff60)];

describe.each(files)('the page, from the table of %s', (file) => {
  const path = join(bundledFontDir(), file);
  const font = loadFont(path);
  const face = fontkit.openSync(path) as fontkit.Font;

  it('finds the marks a face sets narrow as fontkit does', () => {
    expect(font.table).toBeInstanceOf(FontTable);
    const had = marks.filter((ch) => face.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
    expect(had.length).toBeGreaterThan(0);
    const fromFontkit = had.filter((ch) => {
      const run = face.layout(ch, FULL_WIDTH.test(ch) ? ['fwid'] : []);
      return run.glyphs.length === 1 && (run.positions[0]?.xAdvance ?? 0) < 0.9 * face.unitsPerEm;
    });
    expect(had.filter((ch) => isNarrowMark(font, ch))).toEqual(fromFontkit);
    // LXGW WenKai's quotes and middle dot (narrowMarks.ts): the case the check is there for.
    if (file.startsWith('BulletinKai')) expect(fromFontkit).toEqual(expect.arrayContaining(['·', '‘', '’', '“', '”']));
  });

  it('measures text as fontkit does', () => {
    const measure = fontMeasurer(() => [font]);
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const advance = face.glyphForCodePoint(cp).advanceWidth / face.unitsPerEm;
      const expected = isCjkPunctuation(classify(ch)) ? Math.max(1, advance) : advance;
      expect([ch, measure(ch, 'body')]).toEqual([ch, expected]);
    }
  });
});
