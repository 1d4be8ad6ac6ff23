import type { CellAlign, Inline, Table } from '../model/document.js';
import type { Template } from '../template/template.js';
import type { FlowBlock } from './flowBlocks.js';
import { shaperNoteMarks } from './noteMarks.js';
import { inlinePieces } from './inlines.js';
import type { Align } from './justify.js';
import { measureLine } from './lineMetrics.js';
import { placeLine } from './masthead.js';
import { segmentParagraph, type SegmentOptions, type TextPiece } from './segment.js';
import { setParagraph, type LaidLine, type NoteBox } from './setParagraph.js';
import { nestItems, structNode, tagItems } from './structTags.js';
import type { PageItem, Shaper, StructPath, TextStyle } from './types.js';

interface CellText {
  readonly pieces: readonly (readonly TextPiece[])[];
  /** Widest unbreakable unit and the width on one line (CSS auto table layout). */
  readonly min: number;
  readonly max: number;
}

function measureCell(cell: readonly Inline[], style: TextStyle, bold: TextStyle, shaper: Shaper): CellText {
  const pieces = inlinePieces(cell, { base: style, strong: bold, emphasis: { ...style, role: 'kai' }, noteMark: shaperNoteMarks(shaper) });
  let min = 0;
  let max = 0;
  for (const part of pieces) {
    const seg = segmentParagraph(part, shaper, Infinity);
    for (const u of seg.units) min = Math.max(min, u.natural);
    if (seg.units.length > 0) max = Math.max(max, measureLine(seg, 0, seg.units.length).natural);
  }
  return { pieces, min, max };
}

/**
 * Column widths from the content. When every column fits on one line, the spare width is shared
 * in proportion. Otherwise short columns (序号, 单位类型) keep their one-line width, and the long
 * ones share what is left in proportion to their content, none below its widest word.
 */
export function columnWidths(mins: readonly number[], maxes: readonly number[], available: number): number[] {
  const sumMax = maxes.reduce((a, b) => a + b, 0);
  if (sumMax <= available) return maxes.map((m) => m + ((available - sumMax) * m) / (sumMax || 1));
  const widths = [...maxes];
  let open = maxes.map((_, i) => i);
  let left = available;
  for (;;) {
    const share = left / open.length;
    const fitting = open.filter((i) => (maxes[i] ?? 0) <= share);
    if (fitting.length === 0 || fitting.length === open.length) break;
    for (const i of fitting) left -= maxes[i] ?? 0;
    open = open.filter((i) => !fitting.includes(i));
  }
  const openMax = open.reduce((s, i) => s + (maxes[i] ?? 0), 0);
  for (const i of open) widths[i] = Math.max(mins[i] ?? 0, ((maxes[i] ?? 0) * left) / (openMax || 1));
  // Words wider than their share can push the sum over: scale everything back into the area.
  const total = widths.reduce((a, b) => a + b, 0);
  return total > available ? widths.map((w) => (w * available) / total) : widths;
}

function alignOf(a: CellAlign | undefined): Align {
  return a === 'center' ? 'center' : a === 'right' ? 'right' : 'justify';
}

/**
 * A GFM table (docs/layout.md A.3): ruled, 五号 text, header row in Hei, column widths from the
 * content, cells broken by the same line breaker as the body. Each row is one line of whole grid
 * lines, split between cell lines only when taller than a page; the header row repeats on every
 * page the table continues on.
 */
export function tableBlock(
  table: Table,
  template: Template,
  shaper: Shaper,
  notesFor: (numbers: readonly number[]) => NoteBox[],
  segment: SegmentOptions = {},
): FlowBlock {
  const t = template.table;
  const { pitch, chars, size } = template.grid;
  const areaWidth = chars * size;
  const body: TextStyle = { role: t.role, size: t.size, colour: t.colour ?? 'black' };
  const head: TextStyle = { ...body, role: t.headerRole };
  const columns = Math.max(table.align.length, table.head.length, ...table.rows.map((r) => r.length));
  const cellsOf = (row: readonly (readonly Inline[])[], style: TextStyle): CellText[] =>
    Array.from({ length: columns }, (_, c) => measureCell(row[c] ?? [], style, head, shaper));
  const headCells = cellsOf(table.head, head);
  const bodyCells = table.rows.map((r) => cellsOf(r, body));
  const all = [headCells, ...bodyCells];
  const pad = t.padding;
  const mins = Array.from({ length: columns }, (_, c) => Math.max(...all.map((r) => r[c]?.min ?? 0)) + 2 * pad);
  const maxes = Array.from({ length: columns }, (_, c) => Math.max(...all.map((r) => r[c]?.max ?? 0)) + 2 * pad);
  const widths = columnWidths(mins, maxes, areaWidth);
  const lefts = widths.map((_, c) => widths.slice(0, c).reduce((a, b) => a + b, 0));

  const setCells = (cells: readonly CellText[], isHeader: boolean): LaidLine[][] =>
    cells.map((cell, c) =>
      cell.pieces.flatMap((part) =>
        setParagraph([part], shaper, {
          width: (widths[c] ?? 0) - 2 * pad,
          left: 0,
          firstIndent: 0,
          align: isHeader ? 'center' : alignOf(table.align[c]),
          pitch: t.pitch,
        }, segment),
      ),
    );
  const rule = (y: number, w: number): PageItem => ({ kind: 'rule', x: 0, y, width: areaWidth, thickness: w, colour: 'black' });
  /** One piece of a row: cell lines [from, to) of every cell, between two rules. */
  const rowPiece = (set: readonly LaidLine[][], from: number, to: number, topRule: number | undefined, bottomRule: number | undefined, centred: boolean, cellPaths: readonly StructPath[]): LaidLine => {
    const textHeight = Math.max(1, to - from) * t.pitch;
    // A one-line row takes one grid line: 五号 on a 15.75 pt pitch leaves room for the rules.
    const span = Math.ceil((textHeight + 2) / pitch - 1e-9);
    const rowHeight = span * pitch;
    const art: PageItem[] = [];
    const pieces = set.map((lines) => lines.slice(from, to));
    pieces.forEach((lines, c) => {
      // A row split over pages sets its text from the top of each piece.
      const top = centred ? (rowHeight - lines.length * t.pitch) / 2 : 1;
      lines.forEach((l, k) => {
        const baseline = top + k * t.pitch + (t.pitch - t.size) / 2 + 0.88 * t.size;
        art.push(...tagItems(placeLine(l.line, (lefts[c] ?? 0) + pad + l.x, baseline), cellPaths[c]));
      });
    });
    if (topRule !== undefined) art.push(rule(0, topRule));
    if (bottomRule !== undefined) art.push(rule(rowHeight, bottomRule));
    // Vertical rules are thin filled rectangles: a rule item is horizontal by definition.
    for (const x of [...lefts, areaWidth]) art.push({ kind: 'rule', x: x - t.rule / 2, y: rowHeight / 2, width: t.rule, thickness: rowHeight, colour: 'black' });
    const text = pieces.map((lines) => lines.map((l) => l.line.text).join('')).join('\t');
    const notes = notesFor(pieces.flatMap((lines) => lines.flatMap((l) => l.line.notes)));
    const line = { runs: [], text, size: t.size, extent: areaWidth, justified: false, letters: 0, links: [], notes: [] };
    return { line, x: 0, span, last: true, art, ...(notes.length > 0 ? { notes } : {}) };
  };
  /**
   * A row as one line of whole grid lines, or, when it is taller than `maxSpan` grid lines, as
   * pieces cut between cell lines, a quarter of that at most, with no rule between them, so that
   * a page takes as many as fit (issue 10: a row taller than the type area once sent pagination
   * into an endless search for a page it fits on).
   */
  const setRow = (cells: readonly CellText[], isHeader: boolean, isLast: boolean, maxSpan: number, row: number): LaidLine[] => {
    const set = setCells(cells, isHeader);
    // Tagged PDF: each cell a TH (a column's header) or TD of the row's TR, a row cut over pages one TR.
    const tr = structNode('TR', String(row));
    const cellPaths = cells.map((_, c) => [tr, structNode(isHeader ? 'TH' : 'TD', String(c))]);
    const count = Math.max(1, ...set.map((lines) => lines.length));
    const top = isHeader ? t.outerRule : t.rule;
    const bottom = isLast ? t.outerRule : t.rule;
    const linesIn = (span: number): number => Math.max(1, Math.floor((span * pitch - 2) / t.pitch + 1e-9));
    if (count <= linesIn(maxSpan)) return [rowPiece(set, 0, count, top, bottom, true, cellPaths)];
    const perPiece = linesIn(Math.max(1, Math.floor(maxSpan / 4)));
    const pieces: LaidLine[] = [];
    for (let from = 0; from < count; from += perPiece) {
      const to = Math.min(count, from + perPiece);
      pieces.push(rowPiece(set, from, to, from === 0 ? top : undefined, to === count ? bottom : undefined, false, cellPaths));
    }
    return pieces;
  };
  const pageSpan = template.grid.lines;
  const headerLines = setRow(headCells, true, bodyCells.length === 0, pageSpan, 0);
  // A header row taller than half a page is not repeated: it would leave too little for the rows.
  const first = headerLines.length === 1 && (headerLines[0]?.span ?? 0) * 2 <= pageSpan ? headerLines[0] : undefined;
  // Repeated on a later page, the header is running furniture: its cells are read once, above the rows.
  const header = first ? { ...first, art: nestItems(first.art ?? [], undefined) } : undefined;
  const rowSpan = Math.max(1, pageSpan - (header?.span ?? 0));
  const rows = bodyCells.flatMap((cells, i) => setRow(cells, false, i === bodyCells.length - 1, rowSpan, i + 1));
  return { lines: [...headerLines, ...rows], spaceBefore: 0, spaceAfter: 0, keepWithNext: false, splittable: true, rows: true, ...(header ? { header } : {}) };
}
