import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { parseChineseNumeral, toChineseNumeral } from '../../src/read/chineseNumeral.js';
import { numberHeadings } from '../../src/read/numberHeadings.js';
import { readIssue } from '../../src/read/readIssue.js';
import { blocksOf, fixture } from './helpers.js';

/** `level:autoNumber` for each heading ('-' when the author numbered it). */
function numbers(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level}:${b.autoNumber ?? '-'}`] : []));
}

describe('Chinese numerals', () => {
  it('writes and reads the numbers headings use', () => {
    const cases: [number, string][] = [[1, '一'], [9, '九'], [10, '十'], [11, '十一'], [20, '二十'], [21, '二十一'], [99, '九十九'], [100, '一百'], [101, '一百零一'], [110, '一百一十'], [1001, '一千零一']];
    for (const [n, text] of cases) {
      expect(toChineseNumeral(n)).toBe(text);
      expect(parseChineseNumeral(text)).toBe(n);
    }
    expect(parseChineseNumeral('两')).toBe(2);
    expect(parseChineseNumeral('第一')).toBeUndefined();
  });
});

describe('numberHeadings', () => {
  it('numbers unnumbered headings, counting written numbers and restarting under each parent', async () => {
    const { document, diagnostics } = await readIssue(fixture('body', 'numbering.md'));
    expect(numbers(document?.blocks ?? [])).toEqual([
      '1:-',
      '2:-', // 一、作者写的编号
      '3:（一）',
      '4:1.',
      '4:2.',
      '3:（二）',
      '4:1.',
      '2:二、',
      '3:-', // （一）作者写的
      '3:（二）',
      '1:-',
      '2:一、', // a new article restarts level 2
      '2:-', // 三、跳号
    ]);
    expect(diagnostics).toMatchObject([
      { severity: 'warning', rule: 'heading/number-sequence', line: 30, column: 1, message: 'heading number "三、" skips ahead: expected "二、"' },
    ]);
  });

  it('warns when a written number repeats', () => {
    const { blocks } = blocksOf('## 一、甲\n\n## 一、乙\n\n### （一）丙\n\n### （三）丁');
    const { diagnostics } = numberHeadings(blocks, true);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [3, 'heading number "一、" repeats or goes back: expected "二、"'],
      [7, 'heading number "（三）" skips ahead: expected "（二）"'],
    ]);
  });

  it('adds nothing with numbering off but still checks written numbers', () => {
    const { blocks } = blocksOf('## 甲\n\n## 三、乙');
    const result = numberHeadings(blocks, false);
    expect(numbers(result.blocks)).toEqual(['2:-', '2:-']);
    expect(result.diagnostics).toHaveLength(1);
  });

  it('recognises 一. (一) and 1、 as written numbers, but not 1.5倍', () => {
    const { blocks } = blocksOf('## 一．甲\n\n### (一)乙\n\n#### 1、丙\n\n#### 1.5倍增长');
    const result = numberHeadings(blocks, true);
    expect(numbers(result.blocks)).toEqual(['2:-', '3:-', '4:-', '4:2.']);
    expect(result.diagnostics).toEqual([]);
  });
});
