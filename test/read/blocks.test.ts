import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/read/plainText.js';
import { blocksOf } from './helpers.js';

describe('Markdown → model blocks', () => {
  it('makes `**编者按：**2014年` a strong label followed by text', () => {
    const { blocks } = blocksOf('> **编者按：**2014年9月23日，经上海科学院\n> 共同商定。\n\n正文。');
    const note = blocks[0];
    expect(note?.kind).toBe('editorsNote');
    if (note?.kind !== 'editorsNote') return;
    const [label, text] = note.paragraphs[0]?.children ?? [];
    expect(label).toMatchObject({ kind: 'strong', children: [{ kind: 'text', value: '编者按：' }] });
    expect(text).toMatchObject({ kind: 'text', value: '2014年9月23日，经上海科学院' });
    expect(blocks[1]?.kind).toBe('paragraph');
  });

  it('promotes only the first note-like quote; 按语 counts; other quotes stay quotes', () => {
    const { blocks } = blocksOf('> 引文。\n\n> 按语：第一。\n\n> 编者按：第二。');
    expect(blocks.map((b) => b.kind)).toEqual(['quote', 'editorsNote', 'quote']);
  });

  it('converts headings, lists, code, rules and inline markup with spans', () => {
    const markdown = '## 标题\n\n1. 一\n2. *二* `code` [链接](https://example.com)\n\n```\nx\n```\n\n---\n\n行一  \n行二';
    const { blocks, diagnostics } = blocksOf(markdown);
    expect(diagnostics).toEqual([]);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'list', 'codeBlock', 'thematicBreak', 'paragraph']);
    const list = blocks[1];
    expect(list).toMatchObject({ kind: 'list', ordered: true, start: 1, span: { start: { line: 3, column: 1 } } });
    const item = list?.kind === 'list' ? list.items[1]?.[0] : undefined;
    expect(item?.kind === 'paragraph' && item.children.map((c) => c.kind)).toEqual(['emphasis', 'text', 'code', 'text', 'link']);
    expect(blocks[2]).toMatchObject({ kind: 'codeBlock', value: 'x' });
    const last = blocks[4];
    expect(last?.kind === 'paragraph' && last.children.map((c) => c.kind)).toEqual(['text', 'break', 'text']);
    expect(blocks[0]?.span).toEqual({ file: '/issue.md', start: { line: 1, column: 1 }, end: { line: 1, column: 6 } });
  });

  it('resolves reference links and keeps struck-out text plain', () => {
    const { blocks } = blocksOf('见[官网][sast]，~~旧~~新。\n\n[sast]: https://www.sast.org.cn');
    const paragraph = blocks[0];
    expect(paragraph?.kind === 'paragraph' && paragraph.children.map((c) => c.kind)).toEqual(['text', 'link', 'text', 'text', 'text']);
    expect(paragraph?.kind === 'paragraph' && plainText(paragraph.children)).toBe('见官网，旧新。');
    expect(blocks).toHaveLength(1);
  });

  it('leaves out images among text and raw HTML with a warning each, naming the line', () => {
    const { blocks, diagnostics } = blocksOf('图：![x](y.png)\n\n<div>x</div>\n\n文<br>字<!-- 注释 -->');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(diagnostics.map((d) => [d.severity, d.rule, d.line, d.column])).toEqual([
      ['warning', 'markdown/inline-image', 1, 3],
      ['warning', 'markdown/raw-html', 3, 1],
      ['warning', 'markdown/raw-html', 5, 2],
    ]);
    expect(diagnostics[1]?.message).toBe('raw HTML is left out of the PDF: <div>x</div>');
    expect(diagnostics[1]?.hint).toMatch(/HTML page is sanitised/);
  });

  it('sets ##### as level 4 with a warning', () => {
    const { blocks, diagnostics } = blocksOf('##### 五级');
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 4 });
    expect(diagnostics).toMatchObject([{ severity: 'warning', rule: 'markdown/heading-depth', line: 1, column: 1 }]);
  });
});
