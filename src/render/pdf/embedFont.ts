import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type { LoadedFont } from '../../fonts/loadFont.js';
import { fontSource } from '../subset/fontSource.js';
import { readFontTableStart } from '../../fonts/fontFile.js';
import { cffTableIn, cidToGidMap, drawsByGlyphId, pdfFontProgram, type PdfFontProgram } from '../subset/pdfFontProgram.js';
import type { FaceMetrics, FaceSource } from '../subset/sfntFace.js';
import { cachedSubset } from '../subset/subsetCache.js';
import { toUnicodeCMap } from './toUnicode.js';
import type { PdfDocumentInternals, PdfRef } from './pdfkitInternals.js';

// Bump when the program made for the same face and glyphs changes.
const PROGRAM_CACHE_KIND = 'pdf-program-v6';

/**
 * A font program as the cache keeps it: its length before compression (4 bytes, big-endian),
 * whether a TrueType program's glyphs were renumbered (1 byte: 1 if so), then the program
 * deflated, as the PDF stream holds it. A rebuild (`watch`, a batch) then neither subsets nor
 * compresses a font again.
 */
function packProgram(program: PdfFontProgram): Uint8Array {
  // zlib's default level: level 9 and memLevel 9 give the same size within 3 bytes on these programs.
  const deflated = deflateSync(program.bytes);
  const out = new Uint8Array(5 + deflated.byteLength);
  new DataView(out.buffer).setUint32(0, program.bytes.byteLength);
  out[4] = program.renumbered ? 1 : 0;
  out.set(deflated, 5);
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

/** Where a PDF font finds its face and caches its subsets. */
export interface EmbedFontOptions {
  /** The subset cache folder (subsetCache.ts); without one, every build subsets again. */
  readonly cacheDir?: string;
}

/**
 * The /W array of a CID font, in its compact form: only the glyphs whose width is not the
 * default, in runs of consecutive CIDs (`c [w1 w2 …]`), PDF 32000-1 §9.7.4.3.
 */
function widthArray(widths: ReadonlyMap<number, number>, dw: number): unknown[] {
  const out: unknown[] = [];
  let run: number[] | undefined;
  let next = -1;
  for (const cid of [...widths.keys()].sort((a, b) => a - b)) {
    const w = widths.get(cid) ?? dw;
    if (w === dw) continue;
    if (run && cid === next) run.push(w);
    else {
      run = [w];
      out.push(cid, run);
    }
    next = cid + 1;
  }
  return out;
}

/** The most common width (the smallest of equals): the CID font's /DW, so /W lists only the others. */
function commonWidth(widths: ReadonlyMap<number, number>): number {
  const counts = new Map<number, number>();
  for (const w of widths.values()) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 1000;
  let most = 0;
  for (const [w, n] of counts) if (n > most || (n === most && w < best)) [best, most] = [w, n];
  return best;
}

/**
 * Whether a CFF face is drawn by glyph id (pdfFontProgram.ts), from the start of its CFF table as
 * far as the Top DICT, read from the file: a bundled face's bytes (3 MB) are read only when a
 * subset is made (sfntFace.ts). From the whole table of the face in memory when the file is a
 * collection or the Top DICT lies further in.
 */
function cffDrawnByGlyphId(file: string, source: FaceSource): boolean {
  try {
    const start = readFontTableStart(file, 'CFF ', 4096);
    if (start) return drawsByGlyphId(start);
  } catch {
    // Read the face instead.
  }
  return drawsByGlyphId(cffTableIn(source.bytes));
}

/**
 * One font of the PDF: a Type 0 font over a CID font, embedded as a subset of only the glyphs
 * drawn (harfbuzz's hb-subset), with widths and a ToUnicode map. Each glyph is drawn as a 2-byte
 * code (Identity-H), its CID: the glyphs a document draws, told beforehand ({@link plan}), are
 * numbered 1, 2, 3… in the order of their ids in the face, so the subset's glyphs are its CIDs
 * (no charset or CIDToGIDMap to speak of), the ToUnicode map lists one text after another, and
 * the content streams draw small numbers. The subset is made once every page is painted, from
 * the face's bytes and the ids drawn (pdfFontProgram.ts).
 */
export class EmbeddedPdfFont {
  readonly ref: PdfRef;
  private readonly source: FaceSource;
  private readonly metrics: FaceMetrics;
  /** The code (CID) of each glyph drawn, by glyph id. */
  private readonly codes = new Map<number, number>();
  /** The glyphs told to {@link plan}, until the first is drawn. */
  private planned: number[] | undefined = [];
  /** A name-keyed CFF: each glyph's code is its id (pdfFontProgram.ts). */
  private readonly byGlyphId: boolean;
  /** Width in 1/1000 em, by code. */
  private readonly widths = new Map<number, number>();
  /** The text each code shows (the first drawn with it). */
  private readonly unicode = new Map<number, string>();

  /**
   * @throws {DiagnosticError} When the font file can no longer be read (fontSource.ts).
   */
  constructor(
    private readonly doc: PdfDocumentInternals,
    private readonly font: LoadedFont,
    private readonly options: EmbedFontOptions = {},
  ) {
    this.ref = doc.ref();
    this.source = fontSource(font);
    this.metrics = this.source.metrics;
    this.byGlyphId = this.metrics.cff && cffDrawnByGlyphId(font.file, this.source);
  }

  /** Tells of a glyph that will be drawn; call for every glyph before the first {@link encode}. */
  plan(gid: number): void {
    if (gid !== 0) this.planned?.push(gid);
  }

  /** The code of glyph `gid`: the glyphs planned get 1, 2, 3… by id; a glyph not planned the next free code. */
  private codeOf(gid: number): number {
    if (gid === 0 || this.byGlyphId) return gid;
    if (this.planned) {
      for (const planned of [...new Set(this.planned)].sort((a, b) => a - b)) this.codes.set(planned, this.codes.size + 1);
      this.planned = undefined;
    }
    let code = this.codes.get(gid);
    if (code === undefined) this.codes.set(gid, (code = this.codes.size + 1));
    return code;
  }

  /** The code (2 bytes, Identity-H) that draws glyph `gid` showing `text`, and its advance in text space (1/1000 em). */
  encode(gid: number, text: string): { code: number; width: number } {
    const code = this.codeOf(gid);
    let width = this.widths.get(code);
    if (width === undefined) {
      width = Math.round((this.metrics.advance(gid) * 1000) / this.metrics.unitsPerEm);
      this.widths.set(code, width);
      this.unicode.set(code, text);
    }
    return { code, width };
  }

  /** Writes the font program and dictionaries; call once, after every page is drawn. */
  finish(): void {
    const metrics = this.metrics;
    // The glyphs drawn, by id, and the code of each; a glyph planned but never drawn is in the subset too.
    const glyphs = this.byGlyphId ? [...this.widths.keys()].filter((g) => g !== 0).sort((a, b) => a - b) : [...this.codes.keys()].sort((a, b) => a - b);
    const cids = this.byGlyphId ? glyphs : glyphs.map((gid) => this.codes.get(gid) ?? 0);
    const isCff = metrics.cff;
    const kept = `${glyphs.join(',')};${cids.join(',')}`;
    const packed = cachedSubset(this.options.cacheDir, PROGRAM_CACHE_KIND, this.source.hash, kept, () => packProgram(pdfFontProgram(this.source.bytes, isCff, glyphs, cids)));
    const length = new DataView(packed.buffer, packed.byteOffset, packed.byteLength).getUint32(0);
    const renumbered = packed[4] === 1;
    const program = packed.subarray(5);
    // The subset tag is derived from the glyphs it holds, so identical input gives identical bytes.
    const digest = createHash('sha256').update(this.font.key).update(program).digest();
    const tag = [...digest.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
    const name = `${tag}+${pdfFontName(this.font.postscriptName)}`;
    const scale = 1000 / metrics.unitsPerEm;
    // Deflated already: pdfkit leaves a stream with a /Filter as it is.
    const file = this.doc.ref({ Filter: 'FlateDecode', ...(isCff ? { Subtype: 'CIDFontType0C' } : { Length1: length }) });
    file.end(program);
    const bbox = metrics.bbox;
    const descriptor = this.doc.ref({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: 4, // symbolic: the glyphs are addressed by id, not by a standard encoding
      FontBBox: [bbox.minX * scale, bbox.minY * scale, bbox.maxX * scale, bbox.maxY * scale].map(Math.round),
      ItalicAngle: 0,
      Ascent: Math.round(metrics.ascent * scale),
      Descent: Math.round(metrics.descent * scale),
      CapHeight: Math.round((metrics.capHeight || metrics.ascent) * scale),
      XHeight: Math.round(metrics.xHeight * scale),
      StemV: 80,
      [isCff ? 'FontFile3' : 'FontFile2']: file,
    });
    descriptor.end();
    const dw = commonWidth(this.widths);
    const cidFont = this.doc.ref({
      Type: 'Font',
      Subtype: isCff ? 'CIDFontType0' : 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: dw,
      W: widthArray(this.widths, dw),
      ...(isCff ? {} : { CIDToGIDMap: this.cidToGid(glyphs, cids, renumbered) }),
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

  /** A TrueType CID font's CIDToGIDMap (pdfFontProgram.ts): /Identity, or a stream pdfkit compresses. */
  private cidToGid(glyphs: readonly number[], cids: readonly number[], renumbered: boolean): PdfRef | 'Identity' {
    const data = cidToGidMap(glyphs, cids, renumbered);
    if (data === undefined) return 'Identity';
    const map = this.doc.ref();
    map.end(data);
    return map;
  }

  private toUnicode(): PdfRef {
    const cmap = this.doc.ref();
    cmap.end(toUnicodeCMap(this.unicode));
    return cmap;
  }
}
