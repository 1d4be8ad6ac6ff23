declare module 'subset-font' {
  /** Options of subset-font 2.x that bulletin uses (harfbuzz hb-subset compiled to wasm). */
  export interface SubsetFontOptions {
    /** Output format; default: the input's. */
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    /** OpenType feature tags to keep; default: all of them. */
    keepFeatures?: string[];
    /** name table ids to keep besides harfbuzz's default (0–6). */
    preserveNameIds?: number[];
    noLayoutClosure?: boolean;
    noHinting?: boolean;
  }
  /** Subsets a TrueType/OpenType/WOFF/WOFF2 font to the code points of `text`. */
  // fontverter sniffs the format with Buffer methods: a plain Uint8Array is not recognised.
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
