import type { FontRole, Shaper } from './types.js';

// ①–⑳ (U+2460–2473) are in every bundled face; ㉑–㉟ (U+3251–325F) and ㊱–㊿ (U+32B1–32BF) are in
// none of them (fonts/README.md), only in some installed fonts.
const FIRST = 0x2460;
const TWENTY_ONE = 0x3251;
const THIRTY_SIX = 0x32b1;

/** The circled number for `n` from 1 to 50, if Unicode has one. */
export function circledNumeral(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 50) return undefined;
  if (n <= 20) return String.fromCodePoint(FIRST + n - 1);
  if (n <= 35) return String.fromCodePoint(TWENTY_ONE + n - 21);
  return String.fromCodePoint(THIRTY_SIX + n - 36);
}

/** Footnote number → the mark printed at its call and before its note. */
export type NoteMarks = (n: number) => string;

/**
 * Footnote marks (docs/layout.md A.3): ①–⑳, then ㉑–㊿ where every face that prints marks has them,
 * then (and otherwise) the number in brackets, [21], which every face has. Never a mark that
 * would print as a box, and the same marks in the PDF and the HTML.
 *
 * @param has Whether every face that prints footnote marks has the given mark (optional: no face has ㉑ and up).
 */
export function noteMarks(has: (mark: string) => boolean = () => false): NoteMarks {
  const known = new Map<number, string>();
  return (n) => {
    let mark = known.get(n);
    if (mark === undefined) {
      const circled = circledNumeral(n);
      mark = circled !== undefined && (n <= 20 || has(circled)) ? circled : `[${n}]`;
      known.set(n, mark);
    }
    return mark;
  };
}

/** The roles whose text can hold a footnote call or a note (everything but code). */
export const MARK_ROLES: readonly FontRole[] = ['title', 'body', 'hei', 'kai'];

const byShaper = new WeakMap<Shaper, NoteMarks>();

/** The marks a shaper's fonts can print: ㉑ and up only when every role's own font has them. */
export function shaperNoteMarks(shaper: Shaper): NoteMarks {
  let marks = byShaper.get(shaper);
  if (!marks) {
    const covers = shaper.covers?.bind(shaper);
    marks = noteMarks(covers ? (mark) => MARK_ROLES.every((role) => covers(mark, role)) : undefined);
    byShaper.set(shaper, marks);
  }
  return marks;
}
