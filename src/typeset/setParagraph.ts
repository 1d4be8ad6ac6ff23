import { diagnostic, m } from '../diagnostics/diagnostic.js';
import { breakLines } from './breakLines.js';
import { rememberParagraph } from './paragraphMemo.js';
import { setLine, type Align, type SetLine } from './justify.js';
export type { SetLine } from './justify.js';
import { segmentParagraph, type SegmentOptions, type TextPiece } from './segment.js';
import type { PageItem, Shaper, StructPath } from './types.js';

/** A set line with its place in the type area: x from the type area's left edge, in grid lines. */
export interface LaidLine {
  readonly line: SetLine;
  readonly x: number;
  /** Grid lines the line takes (a 22 pt title takes two 18 pt lines). */
  readonly span: number;
  /** The paragraph's last line. */
  readonly last: boolean;
  /**
   * Drawing that goes with the line (a figure's image, a table row's cells and rules), in points
   * from the type area's left edge and from the top of the line's first grid line.
   */
  readonly art?: readonly PageItem[];
  /** Footnotes called on the line: they go to the foot of the same page. */
  readonly notes?: readonly NoteBox[];
  /** The structure element the line's text belongs to (tagged PDF); none: an artifact. */
  readonly struct?: StructPath;
  /** Text the line starts with that belongs to another element (a list item's marker). */
  readonly label?: { readonly text: string; readonly struct: StructPath };
}

/** A footnote set for the foot of a page: its lines at their own pitch. */
export interface NoteBox {
  readonly number: number;
  readonly lines: readonly SetLine[];
  /** Left indent of each line (the first holds the ① marker, the others hang after it). */
  readonly indents: readonly number[];
}

export interface ParagraphFrame {
  /** Width of the type area available to the block (after left and right indents). */
  readonly width: number;
  /** Left indent of every line of the block. */
  readonly left: number;
  /** Extra indent of the first line (2 em for body text). */
  readonly firstIndent: number;
  /** Extra indent of the lines after the first (a list item's hanging indent). */
  readonly hangIndent?: number;
  readonly align: Align;
  readonly pitch: number;
}

/** Grid lines a line of type of `size` takes: its em box plus a little leading must fit. */
export function gridSpan(size: number, pitch: number): number {
  return Math.max(1, Math.ceil((size * 1.2) / pitch - 1e-9));
}

/**
 * Breaks and sets one paragraph. `pieceLines` holds one list of pieces per hard line break; each
 * is broken on its own, and only the first gets the first-line indent. A paragraph set before in
 * the process with the same text, styles, frame and fonts is not set again (paragraphMemo.ts).
 */
export function setParagraph(
  pieceLines: readonly (readonly TextPiece[])[],
  shaper: Shaper,
  frame: ParagraphFrame,
  options: SegmentOptions = {},
): LaidLine[] {
  return rememberParagraph(pieceLines, shaper, frame, options, layParagraph);
}

function layParagraph(
  pieceLines: readonly (readonly TextPiece[])[],
  shaper: Shaper,
  frame: ParagraphFrame,
  options: SegmentOptions,
): LaidLine[] {
  const laid: LaidLine[] = [];
  if (options.report && tooLong(pieceLines, options.report)) return laid;
  pieceLines.forEach((pieces, partIndex) => {
    const first = partIndex === 0 ? frame.firstIndent : (frame.hangIndent ?? 0);
    const rest = frame.hangIndent ?? 0;
    const firstWidth = frame.width - first;
    const restWidth = frame.width - rest;
    const seg = segmentParagraph(pieces, shaper, Math.min(firstWidth, restWidth), options);
    if (seg.units.length === 0) return;
    const spans = breakLines(seg, { first: firstWidth, rest: restWidth }, { ragged: frame.align !== 'justify' });
    spans.forEach((span, i) => {
      const isLast = i === spans.length - 1;
      const width = i === 0 ? firstWidth : restWidth;
      const line = setLine(seg, span, width, frame.align, isLast);
      const last = isLast && partIndex === pieceLines.length - 1;
      laid.push({ line, x: frame.left + (i === 0 ? first : rest), span: gridSpan(line.size, frame.pitch), last });
    });
  });
  return laid;
}

/**
 * The most characters one paragraph may hold. Setting is linear in the text, but a paragraph of
 * millions of characters would still take minutes and gigabytes; none that long is meant.
 */
export const MAX_PARAGRAPH_CHARS = 200_000;

/** Reports a paragraph longer than {@link MAX_PARAGRAPH_CHARS}, at its first character. */
function tooLong(pieceLines: readonly (readonly TextPiece[])[], report: NonNullable<SegmentOptions['report']>): boolean {
  let chars = 0;
  for (const pieces of pieceLines) for (const p of pieces) chars += p.text.length;
  if (chars <= MAX_PARAGRAPH_CHARS) return false;
  // Text made by bulletin itself has no place to point at: it is set, never dropped unreported.
  const origin = pieceLines.flat().find((p) => p.origin)?.origin;
  if (!origin) return false;
  const place = { ...origin, severity: 'error' as const, rule: 'limits/paragraph-too-long' };
  report(diagnostic(place, m('linear.paragraph-too-long', { chars, limit: MAX_PARAGRAPH_CHARS }), m('linear.paragraph-too-long-hint')));
  return true;
}

/** Sets pieces as a single line (masthead lines, page numbers), squeezing if it must. */
export function setSingleLine(pieces: readonly TextPiece[], shaper: Shaper, width: number, align: Align, letterSpacing = 0): SetLine {
  const seg = segmentParagraph(pieces, shaper, Infinity);
  return setLine(seg, { start: 0, end: seg.units.length }, width, align, true, letterSpacing);
}
