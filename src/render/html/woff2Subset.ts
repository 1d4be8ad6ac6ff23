import type { LoadedFont } from '../../fonts/loadFont.js';
import { fontSource } from '../subset/fontSource.js';
import { subsetText } from '../subset/hbSubset.js';
import { readCachedSubset, storeSubset, subsetCachePath } from '../subset/subsetCache.js';
import { sfntToWoff2Async, WOFF2_QUALITY } from '../subset/woff2.js';

/** Makes a WOFF2 font holding only the characters of `text` (and what layout features reach). */
export type Woff2Encoder = (font: Uint8Array, text: string) => Promise<Uint8Array>;

/**
 * harfbuzz's hb-subset (wasm), keeping the layout features a page can use (`fwid`, `halt`,
 * `chws`, `locl`…: hbSubset.ts subsetText), then WOFF2 at a Brotli quality chosen for size
 * against time (woff2.ts). The subset is made on the calling thread before this returns; the
 * compression goes on in libuv's thread pool.
 *
 * @param font A standalone face (sfnt).
 * @param text The characters to keep.
 * @param quality Brotli quality 0–11 (optional, default {@link WOFF2_QUALITY}).
 */
export const encodeWoff2 = (font: Uint8Array, text: string, quality: number = WOFF2_QUALITY): Promise<Uint8Array> => {
  try {
    return sfntToWoff2Async(subsetText(font, text), quality);
  } catch (error) {
    return Promise.reject(error);
  }
};

export interface SubsetCacheOptions {
  /** Folder of the subset cache (created when missing). */
  readonly cacheDir: string;
  /** The encoder (optional, default {@link encodeWoff2}); tests wrap it to count calls. */
  readonly encode?: Woff2Encoder;
}

// Bump when the encoder's output for the same input changes, so old cache entries are not used.
const CACHE_KIND = `woff2-q${WOFF2_QUALITY}-v3`;

export { defaultCacheDir } from '../../cacheDir.js';

/**
 * A WOFF2 subset of `font` for `text`, from the subset cache the PDF shares (subsetCache.ts) when
 * the same face was subset to the same characters before, else encoded and stored.
 *
 * @param font The font, as the typesetter resolved it.
 * @param text The characters to keep.
 * @param options The cache folder and the encoder.
 * @returns The WOFF2 bytes.
 * @throws {DiagnosticError} When the font file is no longer usable (rule `fonts/changed`).
 */
export async function woff2Subset(font: LoadedFont, text: string, options: SubsetCacheOptions): Promise<Uint8Array> {
  const source = fontSource(font);
  const path = subsetCachePath(options.cacheDir, CACHE_KIND, source.hash, text);
  const cached = readCachedSubset(path);
  if (cached) return cached;
  const woff2 = await (options.encode ?? encodeWoff2)(source.bytes, text);
  storeSubset(path, woff2);
  return woff2;
}
