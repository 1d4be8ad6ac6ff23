/**
 * Character classes for Chinese line layout, as small tables (clreq §3.1 "Punctuation marks",
 * §3.1.7 "Line start/end prohibition rules"; docs/layout.md B.1–B.4). Everything here works on one
 * code point at a time so that supplementary-plane Han (Ext B+) is handled like the BMP.
 */

export type CharClass =
  | 'han' // ideographs, kana, hangul, full-width letters: 1 em boxes that may break anywhere
  | 'open' // opening brackets and quotes: ink in the right half, ½ em removable on the left
  | 'close' // closing brackets and quotes: ink in the left half, ½ em removable on the right
  | 'pause' // 、，；：  (mainland forms sit at the lower left; ½ em removable on the right)
  | 'stop' // 。？！．
  | 'middle' // · ・ (centred; ¼ em removable each side)
  | 'dash' // — ⸺ (never split, never at a line start)
  | 'ellipsis' // … (never split)
  | 'latin' // letters, digits, ASCII punctuation: set in words that never break inside
  | 'space';

// clreq §3.1.2: opening marks. U+201C/U+2018 are "ambiguous" quotes in UAX #14 and retagged here.
const OPEN = new Set('“‘（［｛【〖〔《〈「『〘〚');
const CLOSE = new Set('”’）］｝】〗〕》〉」』〙〛');
const PAUSE = new Set('、，；：');
const STOP = new Set('。？！．');
const MIDDLE = new Set('·・');
const DASH = new Set('—⸺');
const ELLIPSIS = new Set('…‥');

/** docs/layout.md B.1: never at a line start (strict). */
export const NOT_AT_LINE_START = new Set([
  ...'、。，．；：？！”’）］｝】〗〕》〉」』·・～–—‐／%‰℃°〙〛…‥',
  ...',.;:?!)]}%',
  // Small kana and iteration marks (clreq follows JIS X 4051 strict here).
  ...'々〻ゝゞヽヾーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ',
]);

/**
 * docs/layout.md B.1: never at a line end. Currency signs join the number that follows; the middle
 * dot of a transliterated name (理查德·斯托曼) keeps the name on one line, like a Latin word.
 */
export const NOT_AT_LINE_END = new Set([...'“‘（［｛【〖〔《〈「『〘〚', ...'([{', ...'$£¥€￥＄', ...'·・']);

/** True for a CJK ideograph in any of the Unicode blocks, BMP or supplementary. */
export function isIdeograph(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    cp === 0x3007 // 〇
  );
}

/** Characters set on the 1 em grid like ideographs: kana, hangul, full-width forms, ①. */
function isWide(cp: number): boolean {
  return (
    isIdeograph(cp) ||
    (cp >= 0x3040 && cp <= 0x30ff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xff01 && cp <= 0xff5e) ||
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x3000 && cp <= 0x303f) ||
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    (cp >= 0x3200 && cp <= 0x33ff)
  );
}

/** The class of one character. */
export function classify(ch: string): CharClass {
  // Most characters are ideographs or ASCII, which none of the mark tables holds: no lookups.
  const code = ch.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return 'han';
  if (code < 0x80) return ch === ' ' || ch === '\t' ? 'space' : 'latin';
  if (OPEN.has(ch)) return 'open';
  if (CLOSE.has(ch)) return 'close';
  if (PAUSE.has(ch)) return 'pause';
  if (STOP.has(ch)) return 'stop';
  if (MIDDLE.has(ch)) return 'middle';
  if (DASH.has(ch)) return 'dash';
  if (ELLIPSIS.has(ch)) return 'ellipsis';
  const cp = ch.codePointAt(0) ?? 0;
  if (ch === ' ' || ch === '\t' || ch === '\u00a0') return 'space';
  if (isWide(cp)) return 'han';
  return 'latin';
}

/** Full-width punctuation that carries removable space (clreq §3.1.6 "punctuation adjustment"). */
export function isCjkPunctuation(cls: CharClass): boolean {
  return cls === 'open' || cls === 'close' || cls === 'pause' || cls === 'stop' || cls === 'middle';
}

/** Letters and digits that take the ¼ em Han–Latin gap (docs/layout.md B.4). */
export function isAlnum(ch: string): boolean {
  return /^[\p{L}\p{N}]$/u.test(ch) && classify(ch) === 'latin';
}

/** ASCII digits: a number never splits from the Han unit written right after it (1278号). */
export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
