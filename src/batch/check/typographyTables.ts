// Chinese punctuation as data (GB/T 15834-2011, clreq §3.1): which half-width marks have a
// full-width form in Chinese text, and what counts as Chinese around a mark.

/** Half-width marks and the full-width marks Chinese text uses instead (GB/T 15834 §4). */
export const FULL_WIDTH_MARKS: Readonly<Record<string, string>> = {
  ',': '，',
  '.': '。',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** Opening and closing brackets and quotes that must pair up within a paragraph (GB/T 15834 §4.8, §4.1). */
export const PAIRS: Readonly<Record<string, string>> = {
  '（': '）',
  '【': '】',
  '《': '》',
  '〈': '〉',
  '「': '」',
  '『': '』',
  '〔': '〕',
  '〖': '〗',
  '“': '”',
  '‘': '’',
};

/** The closing mark → its opening mark. */
export const CLOSERS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(PAIRS).map(([open, close]) => [close, open]));

const HAN = /^\p{Script=Han}$/u;
// CJK Symbols and Punctuation, fullwidth forms, and the marks Chinese shares with other scripts.
const CHINESE_MARK = /^[\u3000-\u303F\uFF01-\uFF5E“”‘’…—·]$/u;

/** True for a Han character (汉字). */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** True for a Han character or a Chinese punctuation mark: what makes a neighbour "Chinese text". */
export function isChinese(ch: string): boolean {
  return HAN.test(ch) || CHINESE_MARK.test(ch);
}
