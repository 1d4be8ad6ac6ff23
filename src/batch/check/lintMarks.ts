import { m } from '../../diagnostics/diagnostic.js';
import type { Finding } from './finding.js';
import type { ProseScanner } from './proseScanner.js';
import { FULL_WIDTH_MARKS, isChinese, isHan } from './typographyTables.js';

const SENTENCE_MARKS = new Set([',', '.', ';', ':', '?', '!']);

/**
 * A full stop is half-width in numbers (50.4%), abbreviations and `...`, so only one between Han
 * characters, or after one at the end of the text, is taken for a Chinese full stop.
 */
function isChineseFullStop(s: ProseScanner, i: number): boolean {
  if (s.text[i - 1] === '.' || s.text[i + 1] === '.') return false;
  const next = s.neighbour(i, 1);
  return isHan(s.neighbour(i, -1)) && (next === '' || isHan(next));
}

/**
 * Half-width `, ; : ? !` in Chinese text (GB/T 15834 §4): after a Han character or a Chinese mark,
 * or before a Han character; and `.` for 。 between Han characters or ending Chinese text. The fix writes the full-width mark and drops the spaces around it,
 * which full-width marks carry in their own width.
 */
export function lintSentenceMarks(s: ProseScanner): Finding[] {
  const found: Finding[] = [];
  for (let i = 0; i < s.text.length; i++) {
    const ch = s.text[i] as string;
    if (!SENTENCE_MARKS.has(ch) || !s.isProse(i)) continue;
    if (ch === '.' ? !isChineseFullStop(s, i) : !isChinese(s.neighbour(i, -1)) && !isHan(s.neighbour(i, 1))) continue;
    const full = FULL_WIDTH_MARKS[ch] as string;
    found.push({
      offset: i,
      rule: 'typography/half-width-punctuation',
      message: m('check.half-width', { mark: ch }),
      hint: m('check.half-width-hint', { full }),
      fix: [{ start: s.spacesBefore(i), end: s.spacesAfter(i + 1), insert: full }],
    });
  }
  return found;
}

/** The `)` that closes the `(` at `open` within `[open, end)`, or -1. */
function closingParen(s: ProseScanner, open: number, end: number): number {
  let depth = 0;
  for (let j = open; j < end; j++) {
    if (!s.isProse(j)) continue;
    if (s.text[j] === '(') depth++;
    else if (s.text[j] === ')' && --depth === 0) return j;
  }
  return -1;
}

/**
 * Half-width `( )` around or next to Chinese text (GB/T 15834 §4.8): Chinese text takes （ ）,
 * around Latin words too (`研究院（STEPI）`). Fixed as a pair, so brackets never end up mixed.
 */
export function lintParentheses(s: ProseScanner, paragraph: readonly [number, number]): Finding[] {
  const found: Finding[] = [];
  const [from, to] = paragraph;
  for (let i = from; i < to; i++) {
    if (s.text[i] !== '(' || !s.isProse(i)) continue;
    const close = closingParen(s, i, to);
    if (close < 0) continue; // Unbalanced: reported by lintBrackets only for Chinese brackets, so say nothing.
    const inner = s.text.slice(i + 1, close);
    if (!s.nextToChinese(i) && !s.nextToChinese(close) && !/\p{Script=Han}/u.test(inner)) continue;
    found.push({
      offset: i,
      rule: 'typography/half-width-punctuation',
      message: m('check.half-width-parens'),
      hint: m('check.half-width-parens-hint'),
      fix: [
        { start: s.spacesBefore(i), end: i + 1, insert: '（' },
        { start: close, end: s.spacesAfter(close + 1), insert: '）' },
      ],
    });
  }
  return found;
}

/** Straight quotes in Chinese text: “ ” (and ‘ ’ inside them) (GB/T 15834 §4.1). */
export function lintQuotes(s: ProseScanner, paragraph: readonly [number, number]): Finding[] {
  const found: Finding[] = [];
  for (const [mark, open, close] of [
    ['"', '“', '”'],
    ["'", '‘', '’'],
  ] as const) {
    const all: number[] = [];
    for (let i = paragraph[0]; i < paragraph[1]; i++) if (s.text[i] === mark && s.isProse(i)) all.push(i);
    // An apostrophe (it's) has letters on both sides; only a quote next to Chinese is flagged.
    const flagged = all.filter((i) => s.nextToChinese(i));
    if (flagged.length === 0) continue;
    // Pairing is safe only when the paragraph's quotes of this kind pair up: then they alternate.
    const pairs = mark === '"' ? all : flagged;
    const fixable = pairs.length % 2 === 0;
    for (const i of flagged) {
      found.push({
        offset: i,
        rule: 'typography/straight-quotes',
        message: m('check.straight-quote', { mark }),
        hint: fixable ? m('check.straight-quote-hint', { open, close }) : m('check.straight-quote-odd-hint', { open, close, mark }),
        ...(fixable ? { fix: pairs.map((at, n) => ({ start: at, end: at + 1, insert: n % 2 === 0 ? open : close })) } : {}),
      });
    }
  }
  return found;
}

/** `...` (or 。。。, or a single …) for the Chinese ellipsis ……, and `--` for the dash —— (GB/T 15834 §4.10, §4.11). */
export function lintEllipsisAndDash(s: ProseScanner): Finding[] {
  const found: Finding[] = [];
  const runs = /\.{3,}|。{3,}|(?<!…)…(?!…)|-{2,}/g;
  for (let run = runs.exec(s.text); run !== null; run = runs.exec(s.text)) {
    const start = run.index;
    const end = start + run[0].length;
    if (!s.isProse(start) || !s.isProse(end - 1) || !s.nextToChinese(start, end)) continue;
    const dash = run[0].startsWith('-');
    found.push({
      offset: start,
      rule: dash ? 'typography/dash' : 'typography/ellipsis',
      message: m('check.run-in-chinese', { text: run[0] }),
      hint: dash ? m('check.dash-hint') : m('check.ellipsis-hint'),
      fix: [{ start, end, insert: dash ? '——' : '……' }],
    });
  }
  return found;
}
