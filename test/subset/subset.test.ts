import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';
import { readCffTop, readCids, withCharset } from '../../src/render/subset/cffTable.js';
import { subsetGlyphs, subsetText } from '../../src/render/subset/hbSubset.js';
import { cidToGidMap, pdfFontProgram } from '../../src/render/subset/pdfFontProgram.js';
import { faceMetrics, readFace, sfntTables } from '../../src/render/subset/sfntFace.js';
import { cffTableOf } from '../../src/render/subset/sfntTable.js';
import { cachedSubset } from '../../src/render/subset/subsetCache.js';
import { sfntToWoff2 } from '../../src/render/subset/woff2.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-subset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = '中华人民共和国简报第一期，。“”《》—…abcfiffl 2014';

function open(file: string): { bytes: Uint8Array; font: fontkit.Font; glyphs: number[] } {
  const { bytes } = readFace(path.join(bundledFontDir(), file), 'unused for a plain file');
  const font = fontkit.create(Buffer.from(bytes)) as fontkit.Font;
  const glyphs = [...new Set([...TEXT].map((c) => font.glyphForCodePoint(c.codePointAt(0) ?? 0).id))].filter((g) => g !== 0).sort((a, b) => a - b);
  return { bytes, font, glyphs };
}

const outline = (font: fontkit.Font, gid: number): string => font.getGlyph(gid).path.toSVG();

describe('PDF font programs from hb-subset', () => {
  it('number a CID-keyed CFF subset 0, 1, 2… and give each glyph the CID asked for', () => {
    const { bytes, font, glyphs } = open('NotoSerifSC-Regular.otf');
    const dense = glyphs.map((_, i) => i + 1);
    const program = pdfFontProgram(bytes, true, glyphs, dense);
    expect(program.kind).toBe('cff');
    expect(readCffTop(program.bytes).glyphs).toBe(glyphs.length + 1);
    expect(readCids(program.bytes)).toEqual([0, ...dense]);
    // The same glyphs, in that order: the subset made without the charset rewrite, read back.
    const packed = fontkit.create(Buffer.from(subsetGlyphs(bytes, glyphs, false))) as fontkit.Font;
    glyphs.forEach((gid, i) => expect(outline(packed, i + 1), `glyph ${gid}`).toBe(outline(font, gid)));
    // Far smaller than the face: only these glyphs' outlines.
    expect(program.bytes.byteLength).toBeLessThan(20_000);
    // Any CIDs: the glyphs' own ids.
    expect(readCids(pdfFontProgram(bytes, true, glyphs, glyphs).bytes)).toEqual([0, ...glyphs]);
  });

  it('number a TrueType subset 0, 1, 2…, with only the tables a PDF reads', () => {
    const { bytes, font, glyphs } = open('BulletinKai-Regular.ttf');
    const dense = glyphs.map((_, i) => i + 1);
    const program = pdfFontProgram(bytes, false, glyphs, dense);
    expect(program.kind).toBe('truetype');
    expect(program.renumbered).toBe(true);
    const back = fontkit.create(Buffer.from(program.bytes)) as fontkit.Font;
    expect(back.numGlyphs).toBe(glyphs.length + 1);
    glyphs.forEach((gid, i) => expect(outline(back, i + 1), `glyph ${gid}`).toBe(outline(font, gid)));
    glyphs.forEach((gid, i) => expect(back.getGlyph(i + 1).advanceWidth, `glyph ${gid}`).toBe(font.getGlyph(gid).advanceWidth));
    const tables = [...sfntTables(new DataView(program.bytes.buffer, program.bytes.byteOffset, program.bytes.byteLength)).keys()];
    // No cmap, name, OS/2, post or gasp (PDF Reference 1.7 §5.8; the face has no hinting tables).
    expect(tables.sort()).toEqual(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']);
    // CIDs 1, 2, 3… are the subset's glyphs: CIDToGIDMap /Identity.
    expect(cidToGidMap(glyphs, dense, true)).toBeUndefined();
    // Other CIDs (the ids in the face): a map, CID → glyph in the subset, 2 bytes each, 0 where nothing is drawn.
    const map = cidToGidMap(glyphs, glyphs, true) ?? new Uint8Array();
    const last = glyphs.at(-1) ?? 0;
    expect(map.byteLength).toBe(2 * (last + 1));
    const gidOf = (cid: number): number => ((map[2 * cid] ?? 0) << 8) | (map[2 * cid + 1] ?? 0);
    glyphs.forEach((cid, i) => expect(gidOf(cid)).toBe(i + 1));
    expect(gidOf(0)).toBe(0);
    expect(gidOf(last - 1)).toBe(glyphs.includes(last - 1) ? glyphs.indexOf(last - 1) + 1 : 0);
  });

  it('keep every TrueType glyph at its id when composite glyphs bring their components', () => {
    const { bytes, font } = open('NotoSansMono-Regular.ttf');
    // Composite in Noto Sans Mono: an accented letter is its base letter and an accent.
    const glyphs = [...'éñ'].map((c) => font.glyphForCodePoint(c.codePointAt(0) ?? 0).id).sort((a, b) => a - b);
    const program = pdfFontProgram(bytes, false, glyphs, [1, 2]);
    expect(program.renumbered).toBe(false);
    const back = fontkit.create(Buffer.from(program.bytes)) as fontkit.Font;
    for (const gid of glyphs) expect(outline(back, gid), `glyph ${gid}`).toBe(outline(font, gid));
    // CID 1 and 2 are the glyphs at their ids.
    const map = cidToGidMap(glyphs, [1, 2], false) ?? new Uint8Array();
    expect([...map]).toEqual([0, 0, glyphs[0]! >> 8, glyphs[0]! & 0xff, glyphs[1]! >> 8, glyphs[1]! & 0xff]);
    expect(cidToGidMap(glyphs, glyphs, false)).toBeUndefined();
    // A glyph not drawn (nor a component) is kept as an empty slot, not as its outline.
    const other = font.glyphForCodePoint('Z'.codePointAt(0) ?? 0).id;
    expect(outline(font, other)).not.toBe('');
    expect(outline(back, other)).toBe('');
  });

  it('rewrite a CFF charset only when it differs: in place when it fits, else after the table', () => {
    const { bytes, glyphs } = open('NotoSerifSC-Regular.otf');
    const cff = cffTableOf(subsetGlyphs(bytes, glyphs, false));
    const top = readCffTop(cff);
    // hb-subset keeps the face's CIDs: asked for those, nothing to write.
    const cids = readCids(cff);
    expect(withCharset(cff, top, cids)).toBe(cff);
    // The glyph ids as CIDs, a charset no longer than the face's CIDs took: over the old one.
    expect(cids).not.toEqual([0, ...glyphs]);
    const inPlace = withCharset(cff, top, [0, ...glyphs]);
    expect(inPlace.byteLength).toBe(cff.byteLength);
    expect(readCids(inPlace)).toEqual([0, ...glyphs]);
    // CIDs in no order at all need format 0; a charset of a few ranges has no room for it.
    const ranged = withCharset(cff, top, Array.from({ length: top.glyphs }, (_, i) => i));
    const scattered = Array.from({ length: top.glyphs }, (_, i) => (i === 0 ? 0 : 3 * (top.glyphs - i)));
    const appended = withCharset(ranged, readCffTop(ranged), scattered);
    expect(appended.byteLength).toBeGreaterThan(ranged.byteLength);
    expect(readCids(appended)).toEqual(scattered);
  });

  it('are the same bytes for the same glyphs', () => {
    const { bytes, glyphs } = open('NotoSansSC-Medium.otf');
    const dense = glyphs.map((_, i) => i + 1);
    expect(pdfFontProgram(bytes, true, glyphs, dense).bytes).toEqual(pdfFontProgram(bytes, true, [...glyphs], [...dense]).bytes);
  });
});

describe('face metrics read from the tables', () => {
  it('agree with fontkit for every bundled face', () => {
    for (const file of ['NotoSerifSC-Regular.otf', 'NotoSansSC-Medium.otf', 'BulletinKai-Regular.ttf', 'NotoSansMono-Regular.ttf']) {
      const { bytes, font, glyphs } = open(file);
      const metrics = faceMetrics(bytes);
      expect(metrics.unitsPerEm, file).toBe(font.unitsPerEm);
      expect(metrics.ascent, file).toBe(font.ascent);
      expect(metrics.descent, file).toBe(font.descent);
      expect(metrics.bbox, file).toEqual({ minX: font.bbox.minX, minY: font.bbox.minY, maxX: font.bbox.maxX, maxY: font.bbox.maxY });
      expect(metrics.cff, file).toBe(file.endsWith('.otf'));
      for (const gid of [0, ...glyphs, font.numGlyphs - 1]) expect(metrics.advance(gid), `${file} glyph ${gid}`).toBe(font.getGlyph(gid).advanceWidth);
    }
  });
});

describe('WOFF2 without transforms', () => {
  it('decodes to the same font, for CFF and TrueType', () => {
    for (const file of ['NotoSerifSC-Regular.otf', 'NotoSansMono-Regular.ttf']) {
      const { bytes } = open(file);
      // A subset, as the page embeds: decoding a whole CJK face's WOFF2 takes fontkit seconds.
      const sfnt = subsetText(bytes, TEXT);
      const font = fontkit.create(Buffer.from(sfnt)) as fontkit.Font;
      const woff2 = sfntToWoff2(sfnt, 5);
      expect(woff2.byteLength % 4).toBe(0);
      expect(new DataView(woff2.buffer, woff2.byteOffset).getUint32(8)).toBe(woff2.byteLength);
      const back = fontkit.create(Buffer.from(woff2)) as fontkit.Font;
      expect(back.numGlyphs).toBe(font.numGlyphs);
      for (const ch of TEXT) {
        const cp = ch.codePointAt(0) ?? 0;
        expect(outline(back, back.glyphForCodePoint(cp).id), `${file} ${ch}`).toBe(outline(font, font.glyphForCodePoint(cp).id));
      }
    }
  }, 30_000);
});

describe('the subset cache', () => {
  it('makes an entry once, then reads it; without a folder it makes it every time', () => {
    let made = 0;
    const make = (): Uint8Array => new Uint8Array([++made]);
    expect(cachedSubset(dir, 'test-v1', 'f00d', '1,2,3', make)).toEqual(new Uint8Array([1]));
    expect(cachedSubset(dir, 'test-v1', 'f00d', '1,2,3', make)).toEqual(new Uint8Array([1]));
    expect(cachedSubset(dir, 'test-v1', 'f00d', '1,2,4', make)).toEqual(new Uint8Array([2]));
    expect(cachedSubset(undefined, 'test-v1', 'f00d', '1,2,3', make)).toEqual(new Uint8Array([3]));
    expect(made).toBe(3);
  });
});

