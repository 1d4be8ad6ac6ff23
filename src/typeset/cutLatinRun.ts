import { isDigit } from './charClass.js';
import type { Char } from './segment.js';
import type { Shaper } from './types.js';

// Breaking inside a word is a last resort (issue 3), but a cheaper one than a line spaced looser
// than clreq allows: after a hyphen or slash inside a compound (SAST-SITI-STEPI, TCP/IP), then
// after other URL punctuation in identifiers and paths; between letters only when a run is wider
// than the line. A digit on both sides never breaks (50.4, 2010-2011).
const COMPOUND_BREAK_PENALTY = 3000;
const URL_BREAK_PENALTY = 5000;
const IDENTIFIER_BREAK_PENALTY = 8000;
const LETTER_BREAK_PENALTY = 20000;
const COMPOUND_BREAK_AFTER = new Set('-/');
const URL_BREAK_AFTER = new Set('/.@-?&_=#');

function isWordChar(c: Char | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c.ch);
}

function isDigitChar(c: Char | undefined): boolean {
  return c !== undefined && isDigit(c.ch);
}

/**
 * Cuts a Latin run into the pieces the line breaker may break between, each with the penalty of
 * a break before it (0 for the first): at hyphens and slashes inside compounds, and in a run wider
 * than the line also after URL punctuation and, for a piece still too wide, between letters.
 */
export function cutLatinRun(chars: readonly Char[], shaper: Shaper, maxWidth: number): { parts: Char[][]; penalties: number[]; tooWide: boolean } {
  const first = chars[0];
  if (!first || first.cls !== 'latin' || chars.length < 2) return { parts: [[...chars]], penalties: [0], tooWide: false };
  const width = (cs: readonly Char[]): number =>
    shaper.shape(cs.map((c) => c.ch).join(''), first.style, first.origin).reduce((s, g) => s + g.advance, 0);
  const tooWide = width(chars) > maxWidth;
  const parts: Char[][] = [];
  const penalties: number[] = [];
  let piece: Char[] = [];
  let penalty = 0;
  const flush = (next: number): void => {
    if (piece.length === 0) return;
    if (tooWide && width(piece) > maxWidth) {
      piece.forEach((c, k) => {
        parts.push([c]);
        penalties.push(k === 0 ? penalty : LETTER_BREAK_PENALTY);
      });
    } else {
      parts.push(piece);
      penalties.push(penalty);
    }
    piece = [];
    penalty = next;
  };
  chars.forEach((c, i) => {
    piece.push(c);
    if (i === chars.length - 1 || (isDigitChar(chars[i - 1]) && isDigitChar(chars[i + 1]))) return;
    const between = isWordChar(chars[i - 1]) && isWordChar(chars[i + 1]);
    if (COMPOUND_BREAK_AFTER.has(c.ch) && between) flush(COMPOUND_BREAK_PENALTY);
    else if (URL_BREAK_AFTER.has(c.ch) && (tooWide || between)) flush(tooWide ? URL_BREAK_PENALTY : IDENTIFIER_BREAK_PENALTY);
  });
  flush(0);
  penalties[0] = 0;
  return { parts, penalties, tooWide };
}
