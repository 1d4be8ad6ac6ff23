const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const units: readonly [string, number][] = [
  ['千', 1000],
  ['百', 100],
  ['十', 10],
];
const digitValues: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const unitValues: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Write a number in Chinese numerals as headings number themselves: 1 → 一, 10 → 十,
 * 11 → 十一, 20 → 二十, 101 → 一百零一.
 *
 * @param n A whole number from 1 to 9999.
 * @returns The numeral.
 */
export function toChineseNumeral(n: number): string {
  let rest = Math.trunc(n);
  let result = '';
  let pendingZero = false;
  for (const [unit, value] of units) {
    const digit = Math.floor(rest / value);
    rest %= value;
    if (digit === 0) {
      pendingZero = result !== '';
      continue;
    }
    if (pendingZero) result += '零';
    pendingZero = false;
    // 十 alone at the front, not 一十 (十一, not 一十一).
    result += (digit === 1 && unit === '十' && result === '' ? '' : digits[digit]) + unit;
  }
  if (rest > 0) result += (pendingZero ? '零' : '') + digits[rest];
  return result;
}

/**
 * Read a Chinese numeral written with 一…九, 十, 百, 千 (and 零, 〇, 两).
 *
 * @param text The numeral, e.g. `十二`.
 * @returns Its value, or `undefined` if it contains anything else.
 */
export function parseChineseNumeral(text: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const char of text) {
    const digit = digitValues[char];
    const unit = unitValues[char];
    if (digit !== undefined) current = digit;
    else if (unit !== undefined) {
      total += (current === 0 ? 1 : current) * unit;
      current = 0;
    } else return undefined;
  }
  return text === '' ? undefined : total + current;
}
