import { describe, expect, it } from 'vitest';
import type { FlowBlock } from '../../src/typeset/flowBlocks.js';
import { paginate } from '../../src/typeset/paginate.js';
import type { LaidLine } from '../../src/typeset/setParagraph.js';

function line(text: string, last = false): LaidLine {
  return { line: { runs: [], text, size: 12, extent: 0, justified: !last, letters: text.length, links: [], notes: [] }, x: 0, span: 1, last };
}

function paragraph(name: string, n: number): FlowBlock {
  const lines = Array.from({ length: n }, (_, i) => line(`${name}${i + 1}`, i === n - 1));
  return { lines, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, splittable: true };
}

function heading(name: string): FlowBlock {
  return { lines: [line(name, true)], spaceBefore: 0, spaceAfter: 0, keepWithNext: true, splittable: false, bookmark: { title: name, level: 2 } };
}

const texts = (p: ReturnType<typeof paginate>): string[][] => p.pages.map((page) => page.lines.map((l) => l.laid.line.text));

describe('paginate (docs/layout.md B.5)', () => {
  it('fills pages line by line', () => {
    const result = paginate([paragraph('a', 7)], { linesPerPage: 5, firstPageStart: 0 });
    expect(texts(result)).toEqual([['a1', 'a2', 'a3', 'a4', 'a5'], ['a6', 'a7']]);
  });

  it('never leaves a single first line at the foot of a page (orphan)', () => {
    const result = paginate([paragraph('a', 4), paragraph('b', 5)], { linesPerPage: 5, firstPageStart: 0 });
    expect(texts(result)[0]).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(texts(result)[1]?.[0]).toBe('b1');
  });

  it('never carries a single last line to the next page (widow)', () => {
    const result = paginate([paragraph('a', 6)], { linesPerPage: 5, firstPageStart: 0 });
    expect(texts(result)).toEqual([['a1', 'a2', 'a3', 'a4'], ['a5', 'a6']]);
  });

  it('moves a three-line paragraph whole when it cannot split 2 + 2', () => {
    const result = paginate([paragraph('a', 3), paragraph('b', 3)], { linesPerPage: 5, firstPageStart: 0 });
    expect(texts(result)).toEqual([['a1', 'a2', 'a3'], ['b1', 'b2', 'b3']]);
  });

  it('keeps a heading with at least two lines of what follows', () => {
    const result = paginate([paragraph('a', 3), heading('H'), paragraph('b', 6)], { linesPerPage: 5, firstPageStart: 0 });
    // H plus b1 b2 would need rows 4–6: the heading moves to the next page.
    expect(texts(result)[0]).toEqual(['a1', 'a2', 'a3']);
    expect(texts(result)[1]?.slice(0, 3)).toEqual(['H', 'b1', 'b2']);
    expect(result.pages[1]?.bookmarks[0]).toMatchObject({ title: 'H', gridLine: 0 });
  });

  it('keeps stacked headings together with the text under them', () => {
    const result = paginate([paragraph('a', 2), heading('H1'), heading('H2'), paragraph('b', 4)], { linesPerPage: 5, firstPageStart: 0 });
    expect(texts(result)[0]).toEqual(['a1', 'a2']);
    expect(texts(result)[1]?.slice(0, 4)).toEqual(['H1', 'H2', 'b1', 'b2']);
  });

  it('starts page 1 below the masthead and drops space before a block at a page top', () => {
    const spaced: FlowBlock = { ...paragraph('b', 2), spaceBefore: 1 };
    const result = paginate([paragraph('a', 3), spaced], { linesPerPage: 5, firstPageStart: 2 });
    expect(result.pages[0]?.lines[0]?.gridLine).toBe(2);
    expect(result.pages[1]?.lines[0]?.gridLine).toBe(0);
  });
});
