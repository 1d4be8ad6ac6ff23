import type { LoadedFont } from './loadFont.js';

// Per face, which code points it has: fontkit walks the cmap (and allocates) on every call, and a
// text of many distinct characters asks each face of the fallback chain about each of them.
// Faces live for the process (loadFont.ts), so the answers do too.
const answers = new WeakMap<LoadedFont, Map<number, boolean>>();

/**
 * Whether `font` has a glyph for the code point `cp`; fontkit is asked once per face and code
 * point in a process.
 *
 * @param font A loaded face.
 * @param cp A Unicode code point.
 */
export function hasGlyph(font: LoadedFont, cp: number): boolean {
  let known = answers.get(font);
  if (!known) {
    known = new Map();
    answers.set(font, known);
  }
  let has = known.get(cp);
  if (has === undefined) {
    has = font.table.hasGlyph(cp);
    known.set(cp, has);
  }
  return has;
}
