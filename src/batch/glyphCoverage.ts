import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadedFont } from '../fonts/loadFont.js';
import { FONT_ROLES, type FontSet } from '../fonts/resolveFonts.js';

/** A character no font has, and where it occurs. */
export interface UncoveredCharacter {
  readonly char: string;
  /** Each occurrence, 1-based, in source order. */
  readonly at: ReadonlyArray<{ readonly line: number; readonly column: number }>;
}

/**
 * Every face a character can come from: each role's font and, through the fallback chains
 * (src/fonts/fontShaper.ts), every other role's and every bundled face.
 */
export function fontsOf(set: FontSet): LoadedFont[] {
  return [...new Set(FONT_ROLES.flatMap((role) => [set.roles[role].font, set.bundled[role]]))];
}

// The installed CJK faces come last in every chain (fontShaper.ts); which class comes first does not matter here.
function installedHas(fonts: FontSet, cp: number): boolean {
  for (const font of fonts.installed('serif')) if (font.face.hasGlyphForCodePoint(cp)) return true;
  return false;
}

/**
 * The characters of a text that no font of the set has: what would print as an empty box.
 * White space and control characters are not drawn, so they need no glyph.
 *
 * @param text The text (an issue's source, or a bulletin.yaml's).
 * @param fonts The fonts the issue resolves to.
 */
export function uncoveredCharacters(text: string, fonts: FontSet): UncoveredCharacter[] {
  const faces = fontsOf(fonts);
  const known = new Map<number, boolean>();
  const found = new Map<string, Array<{ line: number; column: number }>>();
  let line = 1;
  let column = 1;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\n') {
      line++;
      column = 1;
      continue;
    }
    if (!/[\s\p{Cc}\p{Cf}]/u.test(ch)) {
      let covered = known.get(cp);
      if (covered === undefined) {
        covered = faces.some((f) => f.face.hasGlyphForCodePoint(cp)) || installedHas(fonts, cp);
        known.set(cp, covered);
      }
      if (!covered) {
        const list = found.get(ch) ?? [];
        list.push({ line, column });
        found.set(ch, list);
      }
    }
    column += ch.length;
  }
  return [...found].map(([char, at]) => ({ char, at }));
}

/**
 * One diagnostic per uncovered character, at its first occurrence, naming the other lines:
 * the same rule as the build's warning (`fonts/missing-glyph`).
 *
 * @param file The file the text came from.
 * @param missing What {@link uncoveredCharacters} found.
 * @param strict Report errors rather than warnings (`--strict`).
 */
export function missingGlyphDiagnostics(file: string, missing: readonly UncoveredCharacter[], strict: boolean): Diagnostic[] {
  return missing.flatMap(({ char, at }) => {
    const [first, ...rest] = at;
    if (!first) return [];
    const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    const lines = [...new Set(rest.map((p) => p.line))];
    const message =
      rest.length > 0
        ? m('glyphs.missing-also', { char, hex, lines: lines.join(', '), count: rest.length })
        : m('glyphs.missing', { char, hex });
    return [diagnostic({ file, ...first, severity: strict ? 'error' : 'warning', rule: 'fonts/missing-glyph' }, message, m('glyphs.missing-hint'))];
  });
}
