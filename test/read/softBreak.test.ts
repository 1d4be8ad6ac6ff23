import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/model/document.js';
import { dropsSoftBreak, isCjkPunctuation, isHan, lastChar } from '../../src/read/softBreak.js';
import { blocksOf } from './helpers.js';

function inlinesOf(markdown: string): readonly Inline[] {
  const first = blocksOf(markdown).blocks[0];
  if (first?.kind !== 'paragraph') throw new Error('expected a paragraph');
  return first.children;
}

function texts(inlines: readonly Inline[]): string[] {
  return inlines.map((i) => (i.kind === 'text' ? i.value : `<${i.kind}>`));
}

describe('character classes', () => {
  it('knows Han, including Extension B, and CJK punctuation', () => {
    expect(isHan('汉')).toBe(true);
    expect(isHan('𠀀')).toBe(true);
    expect(isHan('a')).toBe(false);
    expect(isHan('，')).toBe(false);
    expect(isCjkPunctuation('，')).toBe(true);
    expect(isCjkPunctuation('。')).toBe(true);
    expect(isCjkPunctuation('（')).toBe(true);
    expect(isCjkPunctuation(',')).toBe(false);
    expect(lastChar('a𠀀')).toBe('𠀀');
  });

  it('drops a soft break between Han and Han or CJK punctuation only', () => {
    expect(dropsSoftBreak('中', '文')).toBe(true);
    expect(dropsSoftBreak('，', '文')).toBe(true);
    expect(dropsSoftBreak('中', '。')).toBe(true);
    expect(dropsSoftBreak('中', '“')).toBe(true);
    expect(dropsSoftBreak('。', '（')).toBe(true);
    expect(dropsSoftBreak('a', 'b')).toBe(false);
    expect(dropsSoftBreak('中', 'a')).toBe(false);
    expect(dropsSoftBreak('5', '位')).toBe(false);
    expect(dropsSoftBreak('”', '“')).toBe(false);
  });
});

describe('soft line breaks in paragraphs', () => {
  it('drops the break between Han characters and splits text at each line', () => {
    const inlines = inlinesOf('这是一个段落，\n在汉字之间\n换行。');
    expect(texts(inlines)).toEqual(['这是一个段落，', '在汉字之间', '换行。']);
    expect(inlines.map((i) => [i.span.start.line, i.span.start.column])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
  });

  it('turns the break between Latin words, or Han and Latin, into one space', () => {
    expect(texts(inlinesOf('Latin words\nbreak here 和\n汉字'))).toEqual(['Latin words ', 'break here 和', '汉字']);
    expect(texts(inlinesOf('近\n50 位'))).toEqual(['近 ', '50 位']);
  });

  it('keeps spaces and half-width marks as written', () => {
    expect(texts(inlinesOf('交流资料 仅供参考, GDP41%'))).toEqual(['交流资料 仅供参考, GDP41%']);
  });

  it('judges breaks at the edge of markup by the neighbouring characters', () => {
    const inlines = inlinesOf('**粗体**\n正文 **bold**\ntext');
    expect(inlines.map((i) => i.kind)).toEqual(['strong', 'text', 'strong', 'text', 'text']);
    expect(texts(inlines)).toEqual(['<strong>', '正文 ', '<strong>', ' ', 'text']);
    const space = inlines[3];
    expect(space?.span.start).toEqual({ line: 2, column: 12 });
    expect(inlines[4]?.span.start).toEqual({ line: 3, column: 1 });
  });

  it('places continuation lines after block quote markers and indentation', () => {
    const quote = blocksOf('> 第一行\n> second line\n>   third').blocks[0];
    const paragraph = quote?.kind === 'quote' ? quote.children[0] : undefined;
    const inlines = paragraph?.kind === 'paragraph' ? paragraph.children : [];
    expect(inlines.map((i) => [i.span.start.line, i.span.start.column])).toEqual([
      [1, 3],
      [2, 3],
      [3, 5],
    ]);
    expect(texts(inlines)).toEqual(['第一行 ', 'second line ', 'third']);
  });

  it('keeps a CRLF source working', () => {
    expect(texts(inlinesOf('中文\r\n换行\r\nand'))).toEqual(['中文', '换行 ', 'and']);
  });
});
