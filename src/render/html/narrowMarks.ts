import { FULL_WIDTH_FORMS } from '../../fonts/fontShaper.js';
import type { LoadedFont } from '../../fonts/loadFont.js';
import { classify, isCjkPunctuation } from '../../typeset/charClass.js';

// Per font key and character: whether the font's glyph is narrow. Fonts are process-wide.
const cache = new Map<string, boolean>();

/**
 * Whether `font` sets the Chinese mark `ch` narrower than the 1 em box clreq §3.1.6 gives it,
 * even in its full-width form (`fwid`, which the page asks for on — · ⸺): LXGW WenKai, hence
 * BulletinKai, sets “ ” ‘ ’ · at 0.35 em. The PDF then sets the glyph in a 1 em box
 * (src/typeset/segment.ts); a browser cannot, so the page takes such a mark from the next font of
 * the role's chain that sets it full-width (planFonts), as a Song or Hei face does.
 *
 * @param font A font that has the character.
 * @param ch One character.
 */
export function isNarrowMark(font: LoadedFont, ch: string): boolean {
  if (!isCjkPunctuation(classify(ch))) return false;
  const key = `${font.key}\0${ch}`;
  let narrow = cache.get(key);
  if (narrow === undefined) {
    const run = font.face.layout(ch, FULL_WIDTH_FORMS.test(ch) ? ['fwid'] : []);
    const advance = run.positions[0]?.xAdvance ?? 0;
    narrow = run.glyphs.length === 1 && advance < 0.9 * font.unitsPerEm;
    cache.set(key, narrow);
  }
  return narrow;
}
