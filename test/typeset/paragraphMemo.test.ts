import { beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { forgetParagraphs } from '../../src/typeset/paragraphMemo.js';
import type { TextPiece } from '../../src/typeset/segment.js';
import { setParagraph, type ParagraphFrame } from '../../src/typeset/setParagraph.js';
import type { Origin, ShapedGlyph, Shaper, TextStyle } from '../../src/typeset/types.js';
import { EM, fakeShaper, style } from './fakeShaper.js';

/** The fake shaper with fonts named, as the real one names them, and a log of what it was asked. */
function namedShaper(layoutKey = 'fake-fonts'): Shaper & { asked: string[] } {
  const asked: string[] = [];
  return {
    layoutKey,
    asked,
    shape(text: string, s: TextStyle, origin: Origin | undefined): readonly ShapedGlyph[] {
      asked.push(`${text}@${origin ? `${origin.line}:${origin.column}` : '-'}`);
      return fakeShaper.shape(text, s, origin);
    },
  };
}

const frame: ParagraphFrame = { width: 10 * EM, left: 0, firstIndent: 2 * EM, align: 'justify', pitch: 18 };

/** One paragraph of one piece at `line`:1 of issue.md. */
function paragraph(text: string, line: number): TextPiece[][] {
  return [[{ text, style, origin: { file: '/issue.md', line, column: 1 } }]];
}

/** Sets a paragraph with a fresh named shaper; what it was asked and reported, and the lines. */
function setWithLog(pieces: TextPiece[][], layoutKey?: string): { lines: ReturnType<typeof setParagraph>; asked: string[]; reported: string[] } {
  const shaper = namedShaper(layoutKey);
  const reported: Diagnostic[] = [];
  const lines = setParagraph(pieces, shaper, frame, { report: (d) => reported.push(d) });
  return { lines, asked: shaper.asked, reported: reported.map((d) => `${d.line}:${d.column} ${d.rule}`) };
}

/** Of `text@line:column` entries, the first for each text, in order. */
function firstOfEachText(asked: readonly string[]): string[] {
  const seen = new Set<string>();
  return asked.filter((a) => {
    const text = a.slice(0, a.lastIndexOf('@'));
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

// A space between Han characters is reported (typography/space-between-han).
const TEXT = '会议于上午召开，与会 代表就产业技术创新进行了讨论。';

describe('setParagraph remembered across builds', () => {
  beforeEach(() => forgetParagraphs());

  it('gives the same lines, shapes the same texts and reports the same problems as setting afresh', () => {
    const fresh = setWithLog(paragraph(TEXT, 12));
    expect(fresh.reported).toEqual(['12:11 typography/space-between-han']);
    const again = setWithLog(paragraph(TEXT, 12));
    expect(again.lines).toEqual(fresh.lines);
    expect(again.reported).toEqual(fresh.reported);
    // Each text once, in the order first shaped: what a shaper that keeps its shapings is told.
    expect(again.asked).toEqual(firstOfEachText(fresh.asked));
  });

  it('moves what it reports with a paragraph that moved in the file', () => {
    setWithLog(paragraph(TEXT, 12));
    const moved = setWithLog(paragraph(TEXT, 14));
    forgetParagraphs();
    const fresh = setWithLog(paragraph(TEXT, 14));
    expect(moved.reported).toEqual(['14:11 typography/space-between-han']);
    expect(moved.lines).toEqual(fresh.lines);
    expect(moved.asked.every((a) => fresh.asked.includes(a))).toBe(true);
  });

  it('sets afresh when the text, the frame or the fonts differ', () => {
    const first = setWithLog(paragraph(TEXT, 12));
    const edited = setWithLog(paragraph(TEXT.replace('上午', '下午'), 12));
    expect(edited.lines.map((l) => l.line.text).join('')).toContain('下午');
    const otherFonts = setWithLog(paragraph(TEXT, 12), 'other-fonts');
    // Set afresh: every character was shaped, not only the texts of the first setting.
    expect(otherFonts.asked.length).toBe(first.asked.length);
    const narrow = setParagraph(paragraph(TEXT, 12), namedShaper(), { ...frame, width: 8 * EM });
    expect(narrow.length).toBeGreaterThan(first.lines.length);
  });

  it('never remembers by a shaper that does not name its fonts', () => {
    const lines = setParagraph(paragraph(TEXT, 12), fakeShaper, frame);
    const asked: string[] = [];
    const counting: Shaper = { shape: (t, s, o) => (asked.push(t), fakeShaper.shape(t, s, o)) };
    expect(setParagraph(paragraph(TEXT, 12), counting, frame)).toEqual(lines);
    expect(asked.length).toBeGreaterThan(0);
  });

  it('gives a copy of the lines, so that a caller changing its list changes no other build', () => {
    const first = setWithLog(paragraph(TEXT, 12)).lines;
    first.length = 0;
    expect(setWithLog(paragraph(TEXT, 12)).lines.length).toBeGreaterThan(0);
  });
});
