// When a soft line break (a newline inside a paragraph) disappears instead of becoming a space.
// docs/layout.md B.4: a line break between two Han characters is not a space. This follows the
// segment break transformation of CSS Text 3 §4.1.2, narrowed to Chinese: Han, CJK punctuation
// and full-width forms are "wide"; marks that Unicode leaves ambiguous in width (curly quotes,
// dashes, ellipsis, middle dot) count as Chinese only next to a Han character, since
// `word”\n“word` in English text still needs its space.

const han = /^\p{Script=Han}$/u;

// CJK Symbols and Punctuation, CJK Compatibility Forms, vertical forms, and the full-width
// half of Halfwidth and Fullwidth Forms (U+FF01–U+FF60, U+FFE0–U+FFE6).
const cjkPunctuation = /^[\u3000-\u303F\uFE10-\uFE1F\uFE30-\uFE4F\uFF01-\uFF60\uFFE0-\uFFE6]$/u;

// “ ” ‘ ’ — ― … · ‧ ⸺ ⸻: used in Chinese text but shared with Western typography.
const ambiguous = /^[\u2018\u2019\u201C\u201D\u2014\u2015\u2026\u00B7\u2027\u2E3A\u2E3B]$/u;

/** True for one Han character (any CJK Unified Ideographs block, BMP or not). */
export function isHan(char: string): boolean {
  return han.test(char);
}

/** True for one full-width CJK punctuation mark or full-width form. */
export function isCjkPunctuation(char: string): boolean {
  return cjkPunctuation.test(char);
}

/**
 * Whether a soft line break between `before` and `after` is dropped rather than made a space.
 *
 * @param before The character before the break ('' at the start of a paragraph).
 * @param after The character after the break ('' at the end).
 * @returns `true` between two Han characters, a Han character and CJK punctuation (either
 *   side), or two CJK punctuation marks.
 */
export function dropsSoftBreak(before: string, after: string): boolean {
  if (isHan(before)) return isHan(after) || isCjkPunctuation(after) || ambiguous.test(after);
  if (isHan(after)) return isCjkPunctuation(before) || ambiguous.test(before);
  return isCjkPunctuation(before) && isCjkPunctuation(after);
}

/** The first code point of `text`, or '' (a surrogate pair is one character). */
export function firstChar(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The last code point of `text`, or ''. */
export function lastChar(text: string): string {
  if (text === '') return '';
  const low = text.charCodeAt(text.length - 1);
  // A trailing low surrogate belongs with the high surrogate before it.
  const width = low >= 0xdc00 && low <= 0xdfff && text.length > 1 ? 2 : 1;
  return text.slice(-width);
}
