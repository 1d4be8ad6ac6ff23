import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/read/parseMarkdown.js';

describe('parseMarkdown', () => {
  it('closes strong after CJK punctuation followed by a digit (remark-cjk-friendly)', () => {
    const tree = parseMarkdown('**编者按：**2014年9月23日');
    const paragraph = tree.children[0] as Paragraph;
    expect(paragraph.children.map((c) => c.type)).toEqual(['strong', 'text']);
    const [strong, text] = paragraph.children;
    expect(strong?.type === 'strong' && strong.children[0]).toMatchObject({ type: 'text', value: '编者按：' });
    expect(text).toMatchObject({ type: 'text', value: '2014年9月23日' });
  });

  it('keeps front matter as a leading yaml node and parses GFM', () => {
    const tree = parseMarkdown('---\nissue: 4\n---\n\n~~删~~\n\n| a |\n|---|\n| b |\n');
    expect(tree.children.map((c) => c.type)).toEqual(['yaml', 'paragraph', 'table']);
    expect(tree.children[0]).toMatchObject({ value: 'issue: 4', position: { start: { line: 1, column: 1 } } });
  });
});
