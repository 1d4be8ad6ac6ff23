import { hasGlyph } from '../../fonts/hasGlyph.js';
import type { LoadedFont } from '../../fonts/loadFont.js';
import type { FontRole } from '../../typeset/types.js';

/** One font file to embed, with exactly the characters the page takes from it. */
export interface PlannedFace {
  readonly font: LoadedFont;
  /** The CSS family name the page uses for it. */
  readonly family: string;
  /** The characters to keep, in code point order. */
  readonly text: string;
  /**
   * Characters the font has but gives up to a later font of the stack, because it sets them
   * narrow (isNarrowMark), in code point order: its `@font-face` leaves them out of its
   * `unicode-range`, so a browser passes over it for them whatever the subset holds.
   */
  readonly givenUp: string;
}

export interface FontPlan {
  readonly faces: readonly PlannedFace[];
  /** Per role that shows any text, its font-family stack (families of `faces`), in fallback order. */
  readonly stacks: ReadonlyMap<FontRole, readonly string[]>;
}

/** A CSS family name for a font that cannot clash with an installed family: `bulletin NotoSerifCJKsc-Regular`. */
function familyOf(font: LoadedFont, taken: ReadonlySet<string>): string {
  const base = `bulletin ${font.postscriptName.replace(/[^A-Za-z0-9_-]/g, '') || 'font'}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base} ${n}`;
  return name;
}

const byCodePoint = (set: Iterable<string>): string => [...set].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');

/**
 * Decides which font each character of each role comes from, as the PDF does (docs/layout.md D.2):
 * the first font of the role's chain that has the character. A browser walking the resulting
 * font-family stack then picks the same font, because each subset holds exactly the characters
 * assigned to it. A character no font has goes to the role's own font, whose subset cannot hold
 * it (the build has already warned about it).
 *
 * One exception: a Chinese mark that a font sets narrower than its 1 em box (LXGW WenKai's “ ” ·)
 * comes from the first later font of the chain that sets it full-width, if any. The PDF keeps the
 * glyph and gives it a 1 em box; CSS has no way to widen one glyph, so the page takes the
 * full-width form of the next face (for Kai, the body's Song).
 *
 * @param texts Per role, the characters it shows.
 * @param chain Per role, the fonts to look in, in order (FontShaper.chain).
 * @param narrow Whether a font sets a character too narrow to use it (optional, default: never).
 * @returns The faces to embed and each role's stack.
 */
export function planFonts(
  texts: ReadonlyMap<FontRole, ReadonlySet<string>>,
  chain: (role: FontRole) => readonly LoadedFont[],
  narrow: (font: LoadedFont, ch: string) => boolean = () => false,
): FontPlan {
  const chars = new Map<LoadedFont, Set<string>>();
  const givenUp = new Map<LoadedFont, Set<string>>();
  const families = new Map<LoadedFont, string>();
  const stacks = new Map<FontRole, string[]>();
  for (const [role, set] of texts) {
    const fonts = chain(role);
    const primary = fonts[0];
    if (!primary || set.size === 0) continue;
    const used = new Set<LoadedFont>();
    for (const ch of set) {
      const cp = ch.codePointAt(0) ?? 0;
      const having = fonts.filter((f) => hasGlyph(f, cp));
      const font = having.find((f) => !narrow(f, ch)) ?? having[0] ?? primary;
      for (const skipped of having.slice(0, having.indexOf(font))) {
        let set = givenUp.get(skipped);
        if (!set) givenUp.set(skipped, (set = new Set()));
        set.add(ch);
      }
      used.add(font);
      let kept = chars.get(font);
      if (!kept) chars.set(font, (kept = new Set()));
      kept.add(ch);
    }
    for (const font of fonts) {
      if (!used.has(font) || families.has(font)) continue;
      families.set(font, familyOf(font, new Set(families.values())));
    }
    stacks.set(
      role,
      fonts.filter((f) => used.has(f)).map((f) => families.get(f) as string),
    );
  }
  const faces = [...chars].map(([font, set]) => ({
    font,
    family: families.get(font) as string,
    text: byCodePoint(set),
    // A character another role still takes from this font stays in its range.
    givenUp: byCodePoint([...(givenUp.get(font) ?? [])].filter((ch) => !set.has(ch))),
  }));
  return { faces, stacks };
}
