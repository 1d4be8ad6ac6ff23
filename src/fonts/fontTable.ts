/**
 * What layout needs from a font, without parsing the font: its cmap, advances and vertical
 * metrics, and for the bundled faces the shaping of the Latin they set (kerning pairs and the
 * glyphs of two script contexts), read from a compact binary table made at build time
 * (scripts/fontTables.mjs, src/fonts/extractFontTable.ts). Loading one is a file read and a few
 * typed-array views: no fontkit, no unicode tables.
 */

import { inflateSync } from 'node:zlib';

/** One glyph of a shaped run. */
export interface GlyphMetrics {
  readonly id: number;
  /** Advance in font units. */
  readonly advance: number;
  readonly text: string;
}

export interface FontBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The table's header, written as JSON before the binary arrays. */
export interface FontTableHeader {
  readonly version: number;
  readonly postscriptName: string;
  readonly familyName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly bbox: FontBox;
  readonly numGlyphs: number;
  /** Code points in the cmap, and advances (hmtx's long metrics). */
  readonly cmapLength: number;
  readonly advanceLength: number;
  /** Characters whose runs are shaped from the pair tables (0: none, every run goes to fontkit). */
  readonly alphabetLength: number;
  /**
   * Alphabet indexes of the characters a contextual lookup or a long ligature involves: a run
   * with two of them is left to fontkit (pairs alone cannot tell what it does to them).
   */
  readonly contextual: readonly number[];
  /**
   * Chaining rules (by coverage): per position, the alphabet indexes it matches. A run with a
   * stretch matching one (3:40 in BulletinKai) is left to fontkit.
   */
  readonly chains: readonly (readonly (readonly number[])[])[];
  /** Whether a run of Han characters and CJK marks is its characters' glyphs side by side (checked at build time). */
  readonly hanPlain: boolean;
  /** Whole runs shaped with `fwid` (—— ⸺ ·), glyph by glyph: [id, advance, text]. */
  readonly runs: Readonly<Record<string, readonly (readonly [number, number, string])[]>>;
}

export const FONT_TABLE_MAGIC = 'BFT1';
/** A table as shipped: these four bytes, then the table deflated (its kerning matrices are mostly empty). */
export const PACKED_TABLE_MAGIC = 'BFZ1';
export const FONT_TABLE_VERSION = 1;
/** A pair the tables cannot shape (a ligature or a substitution across the pair): fontkit shapes the run. */
export const BLOCKED_PAIR = -32768;

// Script contexts of a Latin-alphabet run: fontkit takes the script of a run from its first
// character of a real script, so a run with a Latin letter is shaped as `latn` and a run of
// digits and marks only as `zzzz`; the fonts substitute and kern differently in the two.
const LATIN = 0;
const COMMON = 1;

/** Ranges whose characters, in a run of their own, are each their cmap glyph at its hmtx advance when `hanPlain`. */
export function isHanPlainChar(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    // CJK marks up to 〰: 〳〵 and the other marks after it join into ligatures.
    (cp >= 0x3000 && cp <= 0x3030) ||
    (cp >= 0xff01 && cp <= 0xff60)
  );
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** The layout of a table's binary part: where each array starts, from the header. */
export function tableLayout(h: Pick<FontTableHeader, 'cmapLength' | 'advanceLength' | 'alphabetLength'>): {
  cps: number;
  gids: number;
  advances: number;
  alphabet: number;
  latin: number;
  contexts: number;
  contextSize: number;
  end: number;
} {
  const a = h.alphabetLength;
  const cps = 0;
  const gids = cps + 4 * h.cmapLength;
  const advances = align4(gids + 2 * h.cmapLength);
  const alphabet = align4(advances + 2 * h.advanceLength);
  const latin = alphabet + 4 * a;
  const contexts = align4(latin + a);
  // Per context: glyph ids (u16), advances (i16), then the a × a kerning matrix (i16).
  const contextSize = align4(2 * a + 2 * a + 2 * a * a);
  return { cps, gids, advances, alphabet, latin, contexts, contextSize, end: contexts + 2 * contextSize };
}

function binarySearch(array: Uint32Array, value: number): number {
  let lo = 0;
  let hi = array.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = array[mid] as number;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** What layout and embedding read from a face: a prebuilt table, or the parsed face itself. */
export interface LayoutTable {
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly bbox: FontBox;
  /** The glyph the cmap gives `cp`, 0 (.notdef) when it has none. */
  glyphId(cp: number): number;
  hasGlyph(cp: number): boolean;
  /** A glyph's advance in font units, as hmtx gives it (glyphs past the last long metric share its advance). */
  advance(gid: number): number;
  /** A run of two or more characters as fontkit shapes it, or undefined when only fontkit can tell. */
  shapeRun(chars: readonly string[]): GlyphMetrics[] | undefined;
}

/** A font's layout data, read from a table made by extractFontTable. */
export class FontTable implements LayoutTable {
  readonly header: FontTableHeader;
  private readonly cps: Uint32Array;
  private readonly gids: Uint16Array;
  private readonly advances: Uint16Array;
  private readonly alphabet: Uint32Array;
  private readonly latin: Uint8Array;
  private readonly glyphs: readonly Uint16Array[];
  private readonly singles: readonly Int16Array[];
  private readonly kerns: readonly Int16Array[];
  private readonly contextual: Uint8Array;
  private readonly chains: readonly (readonly Uint8Array[])[];
  /** Alphabet index by code point, for the characters met so far. */
  private readonly indexes = new Map<number, number>();

  /** @throws Error when `bytes` is not a font table of this version. */
  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 8 || String.fromCharCode(...bytes.subarray(0, 4)) !== FONT_TABLE_MAGIC) throw new Error('not a font table');
    const headerLength = view.getUint32(4, true);
    this.header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as FontTableHeader;
    if (this.header.version !== FONT_TABLE_VERSION) throw new Error('font table of another version');
    const start = align4(8 + headerLength);
    const at = tableLayout(this.header);
    if (start + at.end > bytes.byteLength) throw new Error('font table cut short');
    // Typed arrays over the file's own buffer need aligned offsets: copy once if the buffer is not.
    const base = (bytes.byteOffset + start) % 4 === 0 ? bytes : new Uint8Array(bytes);
    const buffer = base.buffer;
    const offset = base.byteOffset + start;
    const h = this.header;
    const a = h.alphabetLength;
    this.cps = new Uint32Array(buffer, offset + at.cps, h.cmapLength);
    this.gids = new Uint16Array(buffer, offset + at.gids, h.cmapLength);
    this.advances = new Uint16Array(buffer, offset + at.advances, h.advanceLength);
    this.alphabet = new Uint32Array(buffer, offset + at.alphabet, a);
    this.latin = new Uint8Array(buffer, offset + at.latin, a);
    const glyphs: Uint16Array[] = [];
    const singles: Int16Array[] = [];
    const kerns: Int16Array[] = [];
    for (const context of [LATIN, COMMON]) {
      const c = offset + at.contexts + context * at.contextSize;
      glyphs.push(new Uint16Array(buffer, c, a));
      singles.push(new Int16Array(buffer, c + 2 * a, a));
      kerns.push(new Int16Array(buffer, c + 4 * a, a * a));
    }
    this.contextual = new Uint8Array(a);
    for (const i of h.contextual) this.contextual[i] = 1;
    this.chains = h.chains.map((rule) =>
      rule.map((position) => {
        const member = new Uint8Array(a);
        for (const i of position) member[i] = 1;
        return member;
      }),
    );
    this.glyphs = glyphs;
    this.singles = singles;
    this.kerns = kerns;
  }

  get unitsPerEm(): number {
    return this.header.unitsPerEm;
  }

  get numGlyphs(): number {
    return this.header.numGlyphs;
  }

  get ascent(): number {
    return this.header.ascent;
  }

  get descent(): number {
    return this.header.descent;
  }

  get capHeight(): number {
    return this.header.capHeight;
  }

  get xHeight(): number {
    return this.header.xHeight;
  }

  get bbox(): FontBox {
    return this.header.bbox;
  }

  glyphId(cp: number): number {
    const i = binarySearch(this.cps, cp);
    return i < 0 ? 0 : (this.gids[i] as number);
  }

  hasGlyph(cp: number): boolean {
    return binarySearch(this.cps, cp) >= 0;
  }

  advance(gid: number): number {
    const n = this.advances.length;
    return n === 0 ? 0 : (this.advances[Math.min(gid, n - 1)] as number);
  }

  private alphabetIndex(cp: number): number {
    let i = this.indexes.get(cp);
    if (i === undefined) {
      i = binarySearch(this.alphabet, cp);
      this.indexes.set(cp, i);
    }
    return i;
  }

  /**
   * A run of two or more characters shaped as fontkit shapes it (default features, the run's
   * script), or undefined when the table cannot tell and fontkit must: a character outside the
   * shaped alphabet, a ligature, a run mixing Han and Latin.
   */
  shapeRun(chars: readonly string[]): GlyphMetrics[] | undefined {
    const run = this.header.runs[chars.join('')];
    if (run) return run.map(([id, advance, text]) => ({ id, advance, text }));
    const n = chars.length;
    const cp0 = chars[0]?.codePointAt(0) ?? 0;
    if (this.header.hanPlain && isHanPlainChar(cp0)) {
      const out: GlyphMetrics[] = [];
      for (const ch of chars) {
        const cp = ch.codePointAt(0) ?? 0;
        if (!isHanPlainChar(cp)) return undefined;
        const id = this.glyphId(cp);
        if (id === 0) return undefined;
        out.push({ id, advance: this.advance(id), text: ch });
      }
      return out;
    }
    const a = this.header.alphabetLength;
    if (a === 0) return undefined;
    const index = new Int32Array(n);
    let context = COMMON;
    let contextual = 0;
    for (let i = 0; i < n; i++) {
      const k = this.alphabetIndex(chars[i]?.codePointAt(0) ?? -1);
      if (k < 0) return undefined;
      index[i] = k;
      if (this.latin[k]) context = LATIN;
      contextual += this.contextual[k] as number;
    }
    if (contextual >= 2) return undefined;
    for (const rule of this.chains) {
      for (let start = 0; start + rule.length <= n; start++) {
        if (rule.every((member, k) => member[index[start + k] as number] === 1)) return undefined;
      }
    }
    const glyphs = this.glyphs[context] as Uint16Array;
    const singles = this.singles[context] as Int16Array;
    const kerns = this.kerns[context] as Int16Array;
    const out: GlyphMetrics[] = [];
    for (let i = 0; i < n; i++) {
      const k = index[i] as number;
      let advance = singles[k] as number;
      if (i + 1 < n) {
        const kern = kerns[k * a + (index[i + 1] as number)] as number;
        if (kern === BLOCKED_PAIR) return undefined;
        advance += kern;
      }
      out.push({ id: glyphs[k] as number, advance, text: chars[i] as string });
    }
    return out;
  }
}

/** A table from the bytes of a file: packed (deflated, as the build writes them) or not. */
export function readFontTable(bytes: Uint8Array): FontTable {
  if (bytes.byteLength >= 4 && String.fromCharCode(...bytes.subarray(0, 4)) === PACKED_TABLE_MAGIC) return new FontTable(inflateSync(bytes.subarray(4)));
  return new FontTable(bytes);
}
