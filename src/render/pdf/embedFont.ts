import { createHash } from 'node:crypto';
import { advanceWidth } from '../../fonts/advanceWidth.js';
import type { LoadedFont } from '../../fonts/loadFont.js';
import type { PdfDocumentInternals, PdfRef } from './pdfkitInternals.js';

interface FontkitSubset {
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
  cff?: unknown;
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

/** UTF-16BE hex of a string, with surrogate pairs for characters beyond the BMP (docs/layout.md D.2). */
function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/**
 * A font's name as it may stand in a PDF name object (`/BaseFont /ABCDEF+Name`): pdfkit writes
 * names unescaped, and a PostScript name comes from the font file, which may hold anything
 * (spaces, parentheses, '/', non-ASCII). Only letters, digits and '-' are kept (PostScript names
 * are meant to be that already); the rest becomes '-', at most 63 characters (PDF 32000-1 §7.3.5,
 * Adobe Technical Note #5902).
 */
export function pdfFontName(postscriptName: string): string {
  const name = postscriptName.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63);
  return name === '' ? 'Font' : name;
}

/**
 * One font of the PDF: a Type 0 font over a CID font, embedded as a subset of only the glyphs
 * drawn, with widths and a ToUnicode map. Glyphs are encoded as 2-byte subset ids (Identity-H).
 */
export class EmbeddedPdfFont {
  readonly ref: PdfRef;
  private readonly subset: FontkitSubset;
  private readonly widths: number[] = [];
  private readonly unicode: string[] = [];
  private readonly map = new Map<number, number>();

  constructor(
    private readonly doc: PdfDocumentInternals,
    private readonly font: LoadedFont,
  ) {
    this.ref = doc.ref();
    this.subset = font.face.createSubset() as unknown as FontkitSubset;
    this.include(0, '');
  }

  private include(gid: number, text: string): number {
    let sid = this.map.get(gid);
    if (sid === undefined) {
      sid = this.subset.includeGlyph(gid);
      this.map.set(gid, sid);
      this.widths[sid] = Math.round((advanceWidth(this.font.face, gid) * 1000) / this.font.unitsPerEm);
      this.unicode[sid] = text;
    }
    return sid;
  }

  /** The hex string that draws glyph `gid` showing `text`, and its advance in text space (1/1000 em). */
  encode(gid: number, text: string): { hex: string; width: number } {
    const sid = this.include(gid, text);
    return { hex: hex4(sid), width: this.widths[sid] ?? 0 };
  }

  /** Writes the font program and dictionaries; call once, after every page is drawn. */
  finish(): void {
    const face = this.font.face;
    const isCff = this.subset.cff != null;
    const program = this.subset.encode();
    // The subset tag is derived from the glyphs it holds, so identical input gives identical bytes.
    const digest = createHash('sha256').update(this.font.key).update(program).digest();
    const tag = [...digest.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
    const name = `${tag}+${pdfFontName(this.font.postscriptName)}`;
    const scale = 1000 / this.font.unitsPerEm;
    const file = this.doc.ref(isCff ? { Subtype: 'CIDFontType0C' } : {});
    file.end(program);
    const bbox = face.bbox;
    const descriptor = this.doc.ref({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: 4, // symbolic: the glyphs are addressed by id, not by a standard encoding
      FontBBox: [bbox.minX * scale, bbox.minY * scale, bbox.maxX * scale, bbox.maxY * scale].map(Math.round),
      ItalicAngle: 0,
      Ascent: Math.round(face.ascent * scale),
      Descent: Math.round(face.descent * scale),
      CapHeight: Math.round((face.capHeight || face.ascent) * scale),
      XHeight: Math.round((face.xHeight || 0) * scale),
      StemV: 80,
      [isCff ? 'FontFile3' : 'FontFile2']: file,
    });
    descriptor.end();
    const cidFont = this.doc.ref({
      Type: 'Font',
      Subtype: isCff ? 'CIDFontType0' : 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, this.widths.map((w) => w ?? 0)],
      ...(isCff ? {} : { CIDToGIDMap: 'Identity' }),
    });
    cidFont.end();
    this.ref.data = {
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: name,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: this.toUnicode(),
    };
    this.ref.end();
  }

  private toUnicode(): PdfRef {
    const entries: string[] = [];
    this.unicode.forEach((text, sid) => {
      if (sid > 0 && text) entries.push(`<${hex4(sid)}> <${utf16Hex(text)}>`);
    });
    const chunks: string[] = [];
    // A bfchar block holds at most 100 entries (PDF 32000-1 §9.10.3).
    for (let i = 0; i < entries.length; i += 100) {
      const part = entries.slice(i, i + 100);
      chunks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
    }
    const cmap = this.doc.ref();
    cmap.end(`/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${chunks.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`);
    return cmap;
  }
}
