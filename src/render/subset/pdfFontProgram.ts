import { cffTableOf } from './sfntTable.js';
import { readCffTop, withCharset } from './cffTable.js';
import { subsetGlyphs } from './hbSubset.js';

/** A font program for a PDF CID font, addressed by the face's own glyph ids. */
export interface PdfFontProgram {
  /** `cff`: a bare CFF table (FontFile3 /CIDFontType0C); `truetype`: an sfnt (FontFile2, CIDToGIDMap /Identity). */
  readonly kind: 'cff' | 'truetype';
  readonly bytes: Uint8Array;
}

/**
 * The subset font program of a face for a PDF whose content streams draw glyph g as CID g
 * (the glyph's id in the whole face), so nothing drawn needs renumbering:
 * - TrueType: the subset keeps every glyph's id (hb-subset retain-gids), with empty glyphs
 *   between, which compress to almost nothing; CIDToGIDMap is the identity.
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
  if (!cff) return { kind: 'truetype', bytes: subsetGlyphs(face, glyphs, true) };
  const packed = cffTableOf(subsetGlyphs(face, glyphs, false));
  const top = readCffTop(packed);
  const kept = [0, ...glyphs];
  if (top.cidKeyed && top.charsetOperand !== undefined && top.glyphs === kept.length) return { kind: 'cff', bytes: withCharset(packed, top, kept) };
  const retained = cffTableOf(subsetGlyphs(face, glyphs, true));
  const retainedTop = readCffTop(retained);
  if (!retainedTop.cidKeyed) return { kind: 'cff', bytes: retained };
  return { kind: 'cff', bytes: withCharset(retained, retainedTop, Array.from({ length: retainedTop.glyphs }, (_, i) => i)) };
}
