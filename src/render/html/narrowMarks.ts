import { FULL_WIDTH_FORMS } from '../../fonts/fontShaper.js';
import type { LoadedFont } from '../../fonts/loadFont.js';
import { classify, isCjkPunctuation } from '../../typeset/charClass.js';

// Per font key and character: whether the font's glyph is narrow. Fonts are process-wide.
const cache = new Map<string, boolean>();

/**
 * The advance of `ch` set alone as the typesetter sets it (fontShaper.ts), in font units, or
 * undefined when a feature turns it into other than one glyph. A mark the page asks `fwid` of
 * (— · ⸺) is read from the face's table of such runs when it has one, else shaped by fontkit;
 * any other character is its cmap glyph at its hmtx advance. A bundled face is not parsed.
 */
function markAdvance(font: LoadedFont, ch: string): number | undefined {
  const cp = ch.codePointAt(0) ?? 0;
  if (!FULL_WIDTH_FORMS.test(ch)) return font.table.advance(font.table.glyphId(cp));
  const fromTable = font.table.shapeRun([ch]);
  if (fromTable) return fromTable.length === 1 ? fromTable[0]?.advance : undefined;
  const run = font.face.layout(ch, ['fwid']);
  return run.glyphs.length === 1 ? (run.positions[0]?.xAdvance ?? 0) : undefined;
}

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
    const advance = markAdvance(font, ch);
    narrow = advance !== undefined && advance < 0.9 * font.unitsPerEm;
    cache.set(key, narrow);
  }
  return narrow;
}
