import { cffTableOf } from './sfntTable.js';
import { readCffTop, withCharset } from './cffTable.js';
import { subsetGlyphs } from './hbSubset.js';
import { sfntTables } from './sfntFace.js';

/** A font program for a PDF CID font, addressed by the face's own glyph ids. */
export interface PdfFontProgram {
  /** `cff`: a bare CFF table (FontFile3 /CIDFontType0C); `truetype`: an sfnt (FontFile2). */
  readonly kind: 'cff' | 'truetype';
  readonly bytes: Uint8Array;
  /**
   * TrueType only: whether the glyphs kept their ids (CIDToGIDMap /Identity) or were numbered
   * 0, 1, 2… in the order of their ids, so that the CID font needs a CIDToGIDMap stream
   * ({@link cidToGidMap}).
   */
  readonly renumbered?: boolean;
}

// A CIDFontType2's glyphs are reached by id through its CIDToGIDMap (PDF 32000-1 §9.7.4.2): the
// program's cmap and name tables are never read. PDF/A-2 asks such a font for the map
// (ISO 19005-2 §6.2.11.3.2), not for these tables.
const PDF_TRUETYPE_DROPPED_TABLES = ['cmap', 'name'];

/** How many glyphs an sfnt holds (maxp). */
function glyphCount(font: Uint8Array): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const maxp = sfntTables(view).get('maxp');
  if (!maxp || maxp[1] < 6) throw new Error('font has no usable maxp table');
  return view.getUint16(maxp[0] + 4);
}

/**
 * The CIDToGIDMap stream data of a renumbered TrueType program: for each CID (the glyph's id in
 * the whole face) up to the largest drawn, the id of its glyph in the subset, 2 bytes big-endian;
 * CIDs not drawn map to glyph 0.
 *
 * @param glyphs The glyph ids drawn, ascending, without 0 (as given to {@link pdfFontProgram}).
 */
export function cidToGidMap(glyphs: readonly number[]): Uint8Array {
  const map = new Uint8Array(2 * ((glyphs.at(-1) ?? 0) + 1));
  glyphs.forEach((cid, i) => {
    map[2 * cid] = (i + 1) >> 8;
    map[2 * cid + 1] = (i + 1) & 0xff;
  });
  return map;
}

/**
 * The subset font program of a face for a PDF whose content streams draw glyph g as CID g
 * (the glyph's id in the whole face), so nothing drawn needs renumbering:
 * - TrueType: the glyphs kept are numbered 0, 1, 2… and a CIDToGIDMap stream gives each CID its
 *   glyph: a 9,000-glyph face's loca and hmtx for 150 glyphs drawn cost more, deflated, than the
 *   map (about 1 KB against 0.6). Should the subset gain glyphs (composite glyphs' components),
 *   the ids are kept instead (hb-subset retain-gids, empty glyphs between) with CIDToGIDMap /Identity.
 * - CID-keyed CFF (the Noto CJK faces): the glyphs kept are numbered 0, 1, 2… and the charset
 *   gives each its old id as CID (cffTable.ts): no 9,000 empty charstrings for 20 glyphs.
 * - name-keyed CFF, or a CFF subset that gained glyphs: ids kept, as for TrueType, and a
 *   CID-keyed charset made the identity.
 *
 * @param face A standalone face (sfntFace.ts).
 * @param cff Whether its outlines are CFF.
 * @param glyphs The glyph ids drawn, ascending, without 0.
 */
export function pdfFontProgram(face: Uint8Array, cff: boolean, glyphs: readonly number[]): PdfFontProgram {
  if (!cff) {
    const packed = subsetGlyphs(face, glyphs, false, PDF_TRUETYPE_DROPPED_TABLES);
    if (glyphCount(packed) === glyphs.length + 1) return { kind: 'truetype', bytes: packed, renumbered: true };
    return { kind: 'truetype', bytes: subsetGlyphs(face, glyphs, true, PDF_TRUETYPE_DROPPED_TABLES), renumbered: false };
  }
  const packed = cffTableOf(subsetGlyphs(face, glyphs, false));
  const top = readCffTop(packed);
  const kept = [0, ...glyphs];
  if (top.cidKeyed && top.charsetOperand !== undefined && top.glyphs === kept.length) return { kind: 'cff', bytes: withCharset(packed, top, kept) };
  const retained = cffTableOf(subsetGlyphs(face, glyphs, true));
  const retainedTop = readCffTop(retained);
  if (!retainedTop.cidKeyed) return { kind: 'cff', bytes: retained };
  return { kind: 'cff', bytes: withCharset(retained, retainedTop, Array.from({ length: retainedTop.glyphs }, (_, i) => i)) };
}
