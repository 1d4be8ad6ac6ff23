import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/typeset/breakLines.js';
import { paginate } from '../../src/typeset/paginate.js';
import type { FlowBlock } from '../../src/typeset/flowBlocks.js';
import type { LaidLine, NoteBox } from '../../src/typeset/setParagraph.js';
import { EM, segment } from './fakeShaper.js';

// Issue 10: the cost of setting a paragraph grows with its length, not with its square.
const HAN = '我们的国家正在发展科学技术和经济建设，';
const han = (n: number): string => HAN.repeat(Math.ceil(n / HAN.length)).slice(0, n);

function steps(text: string, chars: number): { steps: number; lines: number } {
  const work = { steps: 0 };
  const seg = segment(text, chars * EM);
  const lines = breakLines(seg, { first: chars * EM, rest: chars * EM }, { work });
  return { steps: work.steps, lines: lines.length };
}

describe('line breaking in linear time (issue 10)', () => {
  it('looks at about one line of units per line start, however long the paragraph', () => {
    const small = steps(han(2_000), 40);
    const large = steps(han(8_000), 40);
    // Four times the text, four times the work (a quadratic breaker would do sixteen times), and about a line's worth
    // of units per unit: no start looks past the end of its longest possible line.
    expect(large.steps / small.steps).toBeLessThan(4.5);
    expect(large.steps / 8_000).toBeLessThan(45);
    expect(large.lines).toBeGreaterThanOrEqual(8_000 / 41);
  });

  it('cuts a run with no break allowed where the line is full, not as one line 2,000 em wide', () => {
    const text = '（'.repeat(2_000);
    const seg = segment(text, 20 * EM);
    const work = { steps: 0 };
    const lines = breakLines(seg, { first: 20 * EM, rest: 20 * EM }, { work });
    expect(lines.length).toBeGreaterThanOrEqual(50);
    expect(lines.reduce((n, l) => n + l.end - l.start, 0)).toBe(2_000);
    expect(work.steps).toBeLessThan(2_000 * 80);
  });

  it('breaks a 40,000-character paragraph into lines that hold every character', () => {
    const text = han(40_000);
    const seg = segment(text, 30 * EM);
    const lines = breakLines(seg, { first: 28 * EM, rest: 30 * EM });
    expect(lines.map((l) => seg.units.slice(l.start, l.end).map((u) => u.text).join('')).join('')).toBe(text);
  });
});

function bodyLine(text: string, notes?: NoteBox[]): LaidLine {
  return { line: { runs: [], text, size: 12, extent: 0, justified: true, letters: 1, links: [], notes: [] }, x: 0, span: 1, last: false, ...(notes ? { notes } : {}) };
}

function noteOf(number: number, count: number): NoteBox {
  const lines = Array.from({ length: count }, (_, i) => ({ runs: [], text: `n${i + 1}`, size: 9, extent: 0, justified: true, letters: 1, links: [], notes: [] }));
  return { number, lines, indents: lines.map(() => 0) };
}

describe('a footnote longer than a page (issue 10)', () => {
  // One grid line per note line, one for the rule: a 10-line page holds 9 note lines at most.
  const notesSpan = (notes: readonly NoteBox[]): number => (notes.length === 0 ? 0 : 1 + notes.reduce((n, b) => n + b.lines.length, 0));

  it('continues at the foot of the next page, every line kept, in order', () => {
    const block: FlowBlock = {
      lines: [bodyLine('call', [noteOf(1, 25)]), ...Array.from({ length: 6 }, (_, i) => bodyLine(`b${i + 1}`))],
      spaceBefore: 0,
      spaceAfter: 0,
      keepWithNext: false,
      splittable: true,
    };
    const result = paginate([block], { linesPerPage: 10, firstPageStart: 0, notesSpan });
    const noteLines = result.pages.map((p) => p.notes.flatMap((n) => n.lines.map((l) => l.text)));
    expect(noteLines.flat()).toEqual(Array.from({ length: 25 }, (_, i) => `n${i + 1}`));
    expect(noteLines.filter((n) => n.length > 0).length).toBeGreaterThanOrEqual(3);
    // No page's foot runs over its type area.
    for (const page of result.pages) {
      const body = page.lines.reduce((n, l) => n + l.laid.span, 0);
      expect(body + notesSpan(page.notes)).toBeLessThanOrEqual(10);
    }
    expect(result.pages.flatMap((p) => p.lines.map((l) => l.laid.line.text))).toEqual(['call', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6']);
  });
});
