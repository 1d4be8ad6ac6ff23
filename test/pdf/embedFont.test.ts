import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFont } from '../../src/fonts/loadFont.js';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';
import { EmbeddedPdfFont } from '../../src/render/pdf/embedFont.js';
import { openPdf } from '../../src/render/pdf/renderPdf.js';
import { readPdf } from '../e2e/pdfText.js';

const info = { title: 't', author: 'a', subject: '', creator: 'bulletin test', creationDate: new Date(Date.UTC(2014, 3, 1)) };

/** Draws `text` (one glyph a character, from the font's cmap) in a one-page PDF; `plan` tells the font first. */
async function draw(file: string, text: string, planned: string): Promise<{ codes: string[]; pdf: Buffer }> {
  const loaded = loadFont(path.join(bundledFontDir(), file));
  const { doc, done } = openPdf(info);
  const font = new EmbeddedPdfFont(doc, loaded);
  const gid = (c: string): number => loaded.face.glyphForCodePoint(c.codePointAt(0) ?? 0).id;
  for (const c of planned) font.plan(gid(c));
  doc.addPage({ size: [300, 100], margin: 0 });
  doc.page.fonts['F1'] = font.ref;
  const codes = [...text].map((c) => font.encode(gid(c), c).code.toString(16).toUpperCase().padStart(4, '0'));
  doc.addContent(`BT /F1 12 Tf 10 50 Td <${codes.join('')}> Tj ET`);
  font.finish();
  doc._id = new Uint8Array(16);
  doc.end();
  return { codes, pdf: await done };
}

describe('a PDF font', () => {
  it('numbers the glyphs planned 1, 2, 3… by their ids, a glyph not planned after them', async () => {
    for (const file of ['NotoSerifSC-Regular.otf', 'BulletinKai-Regular.ttf']) {
      const loaded = loadFont(path.join(bundledFontDir(), file));
      const ids = [...'国中人'].map((c) => loaded.face.glyphForCodePoint(c.codePointAt(0) ?? 0).id);
      const rank = [...ids].sort((a, b) => a - b).map((id) => ids.indexOf(id));
      const { codes, pdf } = await draw(file, '国中人民国', '国中人');
      // 国 中 人 by the order of their ids, 民 (not planned) 4, 国 again the same.
      const expected = ['', '', ''];
      rank.forEach((at, i) => (expected[at] = (i + 1).toString(16).toUpperCase().padStart(4, '0')));
      expect(codes, file).toEqual([...expected, '0004', expected[0]]);
      // A reader gets the text back through the ToUnicode map.
      const read = await readPdf(pdf);
      expect(read.pages[0]?.items.map((i) => i.str).join(''), file).toBe('国中人民国');
    }
  });
});
