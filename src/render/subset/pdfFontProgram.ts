import { cffTableOf } from './sfntTable.js';
import { isCidKeyed, readCffTop, withCharset } from './cffTable.js';
import { subsetGlyphs } from './hbSubset.js';
import { sfntTables } from './sfntFace.js';

/** A font program for a PDF CID font, whose glyphs the content streams draw by the CIDs chosen for them. */
export interface PdfFontProgram {
  /** `cff`: a bare CFF table (FontFile3 /CIDFontType0C); `truetype`: an sfnt (FontFile2). */
  readonly kind: 'cff' | 'truetype';
  readonly bytes: Uint8Array;
  /**
   * TrueType only: whether the glyphs were numbered 0, 1, 2… in the order of their ids in the
   * face, or kept their ids; either way the CID font's CIDToGIDMap says which CID is which glyph
   * ({@link cidToGidMap}).
   */
  readonly renumbered?: boolean;
}

// A CIDFontType2's glyphs are reached by id through its CIDToGIDMap (PDF 32000-1 §9.7.4.2): the
// program's cmap and name tables are never read. PDF/A-2 asks such a font for the map
// (ISO 19005-2 §6.2.11.3.2), not for these tables. Nor are OS/2 (metrics and flags the font
// descriptor gives), post (glyph names) and gasp (grid-fitting by size, for hinted fonts): an
// embedded TrueType program needs only head, hhea, hmtx, loca, maxp, glyf, and its hinting tables
// (PDF Reference 1.7 §5.8), and these three cost 123 bytes of the reference (issue 13).
const PDF_TRUETYPE_DROPPED_TABLES = ['cmap', 'name', 'OS/2', 'post', 'gasp'];

/** How many glyphs an sfnt holds (maxp). */
function glyphCount(font: Uint8Array): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const maxp = sfntTables(view).get('maxp');
  if (!maxp || maxp[1] < 6) throw new Error('font has no usable maxp table');
  return view.getUint16(maxp[0] + 4);
}

/**
 * Whether a PDF must draw a CFF face's glyphs with their own ids as CIDs: a name-keyed CFF,
 * which a CIDFontType0 reads by glyph id, with no charset and no map in between (PDF 32000-1
 * §9.7.4.2). A CID-keyed one, and any TrueType face, can take CIDs 1, 2, 3… (pdfFontProgram).
 *
 * @param cff The face's CFF table, or its first bytes as far as the Top DICT.
 * @throws {Error} When those bytes do not reach the end of the Top DICT, or it is malformed.
 */
export function drawsByGlyphId(cff: Uint8Array): boolean {
  return !isCidKeyed(cff);
}

/** The 'CFF ' table of a standalone face, in place (a view, not a copy). */
export function cffTableIn(face: Uint8Array): Uint8Array {
  const found = sfntTables(new DataView(face.buffer, face.byteOffset, face.byteLength)).get('CFF ');
  if (!found) throw new Error('font has no CFF table');
  return face.subarray(found[0], found[0] + found[1]);
}

/**
 * The CIDToGIDMap of a TrueType program: for each CID up to the largest drawn, its glyph in the
 * program, 2 bytes big-endian (CIDs not drawn: glyph 0); undefined when every CID drawn is its
 * glyph's id, which /Identity says in one name.
 *
 * @param glyphs The glyph ids drawn, ascending, without 0 (as given to {@link pdfFontProgram}).
 * @param cids The CID of each.
 * @param renumbered Whether the program numbered its glyphs 0, 1, 2… ({@link PdfFontProgram}).
 */
export function cidToGidMap(glyphs: readonly number[], cids: readonly number[], renumbered: boolean): Uint8Array | undefined {
  const target = (i: number): number => (renumbered ? i + 1 : (glyphs[i] ?? 0));
  if (cids.every((cid, i) => cid === target(i))) return undefined;
  const map = new Uint8Array(2 * (Math.max(0, ...cids) + 1));
  cids.forEach((cid, i) => {
    map[2 * cid] = target(i) >> 8;
    map[2 * cid + 1] = target(i) & 0xff;
  });
  return map;
}

/**
 * The subset font program of a face for a PDF whose content streams draw each glyph by the CID
 * chosen for it (embedFont.ts numbers the glyphs drawn 1, 2, 3… in the order of their ids, so
 * the maps below are the identity):
 * - TrueType: the glyphs kept are numbered 0, 1, 2…, and the CIDToGIDMap gives each CID its
 *   glyph ({@link cidToGidMap}). Should the subset gain glyphs (composite glyphs' components),
 *   the ids are kept instead (hb-subset retain-gids, empty glyphs between) and the map says so.
 * - CID-keyed CFF (the Noto CJK faces): the glyphs kept are numbered 0, 1, 2… and the charset
 *   gives each its CID (cffTable.ts). A subset that gained glyphs keeps the ids, the glyphs not
 *   drawn taking CIDs past the last one drawn.
 * - name-keyed CFF: ids kept, each glyph drawn by its id ({@link drawsByGlyphId}).
 *
 * @param face A standalone face (sfntFace.ts).
 * @param cff Whether its outlines are CFF.
 * @param glyphs The glyph ids drawn, ascending, without 0.
 * @param cids The CID of each, none 0, all different.
 * @throws {Error} When a name-keyed CFF's glyphs are not drawn by their ids.
 */
export function pdfFontProgram(face: Uint8Array, cff: boolean, glyphs: readonly number[], cids: readonly number[]): PdfFontProgram {
  if (!cff) {
    const packed = subsetGlyphs(face, glyphs, false, PDF_TRUETYPE_DROPPED_TABLES);
    if (glyphCount(packed) === glyphs.length + 1) return { kind: 'truetype', bytes: packed, renumbered: true };
    return { kind: 'truetype', bytes: subsetGlyphs(face, glyphs, true, PDF_TRUETYPE_DROPPED_TABLES), renumbered: false };
  }
  const packed = cffTableOf(subsetGlyphs(face, glyphs, false));
  const top = readCffTop(packed);
  if (top.cidKeyed && top.charsetOperand !== undefined && top.glyphs === glyphs.length + 1) return { kind: 'cff', bytes: withCharset(packed, top, [0, ...cids]) };
  const retained = cffTableOf(subsetGlyphs(face, glyphs, true));
  const retainedTop = readCffTop(retained);
  if (!retainedTop.cidKeyed) {
    if (cids.some((cid, i) => cid !== glyphs[i])) throw new Error('a name-keyed CFF is drawn by glyph id');
    return { kind: 'cff', bytes: retained };
  }
  const cidOf = new Map(glyphs.map((gid, i) => [gid, cids[i] ?? 0]));
  let spare = Math.max(0, ...cids);
  const all = Array.from({ length: retainedTop.glyphs }, (_, gid) => (gid === 0 ? 0 : (cidOf.get(gid) ?? ++spare)));
  return { kind: 'cff', bytes: withCharset(retained, retainedTop, all) };
}
