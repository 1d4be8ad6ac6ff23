import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Block, Heading } from '../model/document.js';
import { parseChineseNumeral, toChineseNumeral } from './chineseNumeral.js';
import { plainText } from './plainText.js';

// docs/layout.md A.3: level 2 headings are numbered 一、二、…, level 3 （一）（二）…, level 4 1. 2. …,
// each restarting under its parent. Authors also write 一. or (一); those count as numbered.
const numeral = '[一二三四五六七八九十百千零〇两]+';
const written: Readonly<Record<2 | 3 | 4, RegExp>> = {
  2: new RegExp(`^\\s*(${numeral})\\s*[、．.]`, 'u'),
  3: new RegExp(`^\\s*[（(]\\s*(${numeral})\\s*[）)]`, 'u'),
  // `1.5倍` is not a number label: the mark must not be followed by another digit.
  4: /^\s*([0-9０-９]+)\s*[.、．](?![0-9０-９])/u,
};

/** How a template numbers headings by level: `{cn}` is the number in Chinese numerals, `{n}` in digits. */
export type HeadingNumbers = Readonly<Partial<Record<'2' | '3' | '4', string>>>;

/** docs/layout.md A.3: 一、 （一） 1. */
const DEFAULT_NUMBERS: Readonly<Record<'2' | '3' | '4', string>> = { '2': '{cn}、', '3': '（{cn}）', '4': '{n}.' };

/** The label of number `n` at a heading level in the template's format (default 一、 （一） 1.). */
function label(level: 2 | 3 | 4, n: number, formats: HeadingNumbers = {}): string {
  const format = formats[String(level) as '2' | '3' | '4'] ?? DEFAULT_NUMBERS[String(level) as '2' | '3' | '4'];
  return format.replaceAll('{cn}', toChineseNumeral(n)).replaceAll('{n}', String(n));
}

/** The number an author wrote at the start of a heading, with the text of its label. */
function writtenNumber(heading: Heading, level: 2 | 3 | 4): { value: number; text: string } | undefined {
  const match = written[level].exec(plainText(heading.children));
  const digits = match?.[1];
  if (match === null || digits === undefined) return undefined;
  const value =
    level === 4
      ? Number(digits.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)))
      : parseChineseNumeral(digits);
  return value === undefined ? undefined : { value, text: match[0].trim() };
}

/**
 * Number the top-level headings (docs/layout.md A.3) and check the numbers authors wrote.
 *
 * Headings with a number count too, so 一、 followed by an unnumbered heading gives 二、. The
 * level 2 counter restarts at each level 1 heading, level 3 under each level 2, level 4 under
 * each level 3. A written number that skips or repeats is a warning (`heading/number-sequence`);
 * counting then goes on from the written number.
 *
 * @param blocks Top-level model blocks.
 * @param numbering Whether to add numbers to unnumbered headings (`numbering: auto`).
 * @param formats The template's numbers by level (`headings.2.number`), default 一、 （一） 1.
 * @returns The blocks with `autoNumber` set where it applies, and the warnings.
 */
export function numberHeadings(
  blocks: readonly Block[],
  numbering: boolean,
  formats: HeadingNumbers = {},
): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const counters = { 2: 0, 3: 0, 4: 0 };
  const diagnostics: Diagnostic[] = [];
  const numbered = blocks.map((block): Block => {
    if (block.kind !== 'heading') return block;
    const level = block.level;
    if (level === 1) {
      counters[2] = counters[3] = counters[4] = 0;
      return block;
    }
    // Deeper counters restart under this heading.
    if (level === 2) counters[3] = counters[4] = 0;
    if (level === 3) counters[4] = 0;
    const expected = counters[level] + 1;
    const found = writtenNumber(block, level);
    counters[level] = found?.value ?? expected;
    if (found === undefined) return numbering ? { ...block, autoNumber: label(level, expected, formats) } : block;
    if (found.value !== expected) {
      diagnostics.push(
        diagnostic(
          { file: block.span.file, line: block.span.start.line, column: block.span.start.column, severity: 'warning', rule: 'heading/number-sequence' },
          m(found.value < expected ? 'read.heading-number-back' : 'read.heading-number-ahead', { found: found.text, expected: label(level, expected, formats) }),
          m('read.heading-number-hint'),
        ),
      );
    }
    return block;
  });
  return { blocks: numbered, diagnostics };
}
