import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import { setAt, valueAt, type MetaPath, type MetaSource } from './metaSource.js';
import { parseIssueDate } from './parseIssueDate.js';

// What a clerk types with a Chinese input method that can mean one thing only: full-width digits
// (`issue: ４`) and a date written the Chinese way (`2014年10月17日`, `二〇一四年十月十七日`).
// Such a value is read as meant, with a warning that shows how to write it.

const numberFields: readonly MetaPath[] = [['year'], ['issue'], ['serial']];
const digitFields: readonly MetaPath[] = [
  ['secretariat', 'postcode'],
  ['secretariat', 'phone'],
];

/**
 * Rewrites, in `data` (a copy of the layer's data), the values written with full-width digits or as
 * a Chinese date into what the schema expects, and warns about each at its value.
 *
 * @param source The layer, for positions and its label.
 * @param data The layer's data, changed in place.
 * @returns The warnings (rules `front-matter/full-width-digits`, `front-matter/chinese-date`).
 */
export function acceptClerkValues(source: MetaSource, data: Record<string, unknown>): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const warn = (path: MetaPath, rule: string, message: ReturnType<typeof m>, hint: ReturnType<typeof m>): void => {
    warnings.push(diagnostic({ file: source.file, ...source.locate(path, 'value'), severity: 'warning', rule }, message, hint));
  };
  const label = source.label;
  for (const path of numberFields) {
    const written = valueAt(data, path);
    if (typeof written !== 'string' || !hasFullWidthDigit(written)) continue;
    const ascii = halfWidth(written).trim();
    if (!/^\d+$/.test(ascii)) continue;
    setAt(data, path, Number(ascii));
    const field = path.join('.');
    warn(path, 'front-matter/full-width-digits', m('encoding.full-width-digits', { label, field, written, value: ascii }), m('encoding.full-width-digits-hint', { field: path.at(-1) as string, value: ascii }));
  }
  for (const path of digitFields) {
    const written = valueAt(data, path);
    if (typeof written !== 'string' || !hasFullWidthDigit(written)) continue;
    const ascii = halfWidth(written);
    setAt(data, path, ascii);
    const field = path.join('.');
    warn(path, 'front-matter/full-width-digits', m('encoding.full-width-digits', { label, field, written, value: ascii }), m('encoding.full-width-digits-hint', { field: path.at(-1) as string, value: ascii }));
  }
  const date = valueAt(data, ['date']);
  if (typeof date === 'string') {
    const chinese = chineseDate(date);
    // A day that does not exist stays as written, for the schema to refuse as it is.
    if (chinese !== undefined && parseIssueDate(chinese) !== undefined) {
      setAt(data, ['date'], chinese);
      warn(['date'], 'front-matter/chinese-date', m('encoding.chinese-date', { label, written: date, value: chinese }), m('encoding.chinese-date-hint', { value: chinese }));
    } else if (hasFullWidthDigit(date) && /^\d{4}-\d{2}-\d{2}$/.test(halfWidth(date).trim())) {
      const ascii = halfWidth(date).trim();
      setAt(data, ['date'], ascii);
      warn(['date'], 'front-matter/full-width-digits', m('encoding.full-width-digits', { label, field: 'date', written: date, value: ascii }), m('encoding.full-width-digits-hint', { field: 'date', value: ascii }));
    }
  }
  return warnings.sort((a, b) => a.line - b.line || a.column - b.column);
}

function hasFullWidthDigit(text: string): boolean {
  return /[０-９]/u.test(text);
}

/** Full-width digits, hyphen, plus, parentheses and spaces as their ASCII forms. */
function halfWidth(text: string): string {
  return text.replace(/[０-９－＋（）]/gu, (c) => String.fromCharCode((c.codePointAt(0) ?? 0) - 0xfee0)).replace(/\u3000/gu, ' ');
}

const NUMERALS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `2014年10月17日` (digits of either width) or `二〇一四年十月十七日` as `2014-10-17`. */
export function chineseDate(text: string): string | undefined {
  const match = /^\s*([0-9〇零一二三四五六七八九]{4})\s*年\s*([0-9一二三四五六七八九十]{1,3})\s*月\s*([0-9一二三四五六七八九十]{1,3})\s*日?\s*$/u.exec(halfWidth(text));
  if (!match) return undefined;
  const [, y = '', mo = '', d = ''] = match;
  const year = [...y].map((c) => (/\d/.test(c) ? Number(c) : (NUMERALS[c] ?? NaN))).reduce((a, b) => a * 10 + b, 0);
  const month = smallNumber(mo);
  const day = smallNumber(d);
  if (!Number.isInteger(year) || month === undefined || day === undefined) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `17`, `七`, `十`, `十七`, `二十`, `三十一` as a number up to 99. */
function smallNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const tens = /^([一二三四五六七八九]?)十([一二三四五六七八九]?)$/u.exec(text);
  if (tens) return (tens[1] ? (NUMERALS[tens[1]] ?? 0) : 1) * 10 + (tens[2] ? (NUMERALS[tens[2]] ?? 0) : 0);
  return text.length === 1 ? NUMERALS[text] : undefined;
}


