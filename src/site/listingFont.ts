import path from 'node:path';
import { loadFont } from '../fonts/loadFont.js';
import { bundledFontDir } from '../fonts/resolveFonts.js';
import { fontFaceCss } from '../render/html/fontFaceCss.js';
import { woff2Subset } from '../render/html/woff2Subset.js';

/** The family name the listing pages' styles ask for first. */
export const LISTING_FAMILY = 'bulletin-listing';

/**
 * The listing pages' font: the bundled Noto Serif SC (the issues' body face), subset to the
 * characters of the listing pages and embedded as a WOFF2 `data:` URL, as the issue pages embed
 * theirs. The pages then read the same on every machine, Chinese system fonts or none, and load
 * nothing from anywhere; a character the subset lacks (a search excerpt) falls to the system's.
 *
 * @param texts The pages' text (markup may be included: its ASCII costs a few glyphs).
 * @param cacheDir Folder of the subset cache.
 * @returns The `@font-face` rule.
 */
export async function listingFontCss(texts: readonly string[], cacheDir: string): Promise<string> {
  const chars = [...new Set(texts.flatMap((t) => [...t]).filter((ch) => ch >= ' '))].sort().join('');
  const font = loadFont(path.join(bundledFontDir(), 'NotoSerifSC-Regular.otf'));
  const woff2 = await woff2Subset(font, chars, { cacheDir });
  return fontFaceCss([{ family: LISTING_FAMILY, woff2 }]);
}
