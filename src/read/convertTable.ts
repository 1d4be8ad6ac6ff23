import type { Table as MdastTable, TableRow } from 'mdast';
import type { Inline, Table } from '../model/document.js';
import { convertInlines } from './convertInlines.js';
import type { ConvertContext } from './convertContext.js';
import { spanOf } from './sourceSpan.js';
import { diagnostic, m } from '../diagnostics/diagnostic.js';

/**
 * Turn a GFM table into a `table` block: the first row is the header, the delimiter row gives
 * each column's alignment. As GFM specifies, a row with fewer cells is padded with empty ones,
 * and cells beyond the header's count are ignored (with a warning, since text is lost).
 *
 * @param node The mdast table.
 * @param ctx The file, its lines and the diagnostics list.
 * @returns The table block.
 */
export function convertTable(node: MdastTable, ctx: ConvertContext): Table {
  const [head, ...rows] = node.children;
  const columns = node.align?.length ?? head?.children.length ?? 0;
  const align = Array.from({ length: columns }, (_, i) => node.align?.[i] ?? null);
  return {
    kind: 'table',
    align,
    head: head === undefined ? emptyRow(columns) : convertRow(head, columns, ctx),
    rows: rows.map((row) => convertRow(row, columns, ctx)),
    span: spanOf(node, ctx.file),
  };
}

function convertRow(row: TableRow, columns: number, ctx: ConvertContext): Inline[][] {
  const extra = row.children[columns];
  if (extra !== undefined) {
    // Point at the cell's text rather than at the pipe that opens it.
    const { start } = spanOf(extra.children[0] ?? extra, ctx.file);
    ctx.diagnostics.push(
      diagnostic(
        { file: ctx.file, line: start.line, column: start.column, severity: 'warning', rule: 'markdown/table-extra-cells' },
        m('read.table-extra-cells', { cells: row.children.length, columns }),
        m('read.table-extra-cells-hint'),
      ),
    );
  }
  const cells = row.children.slice(0, columns).map((cell) => convertInlines(cell.children, ctx));
  return [...cells, ...emptyRow(columns - cells.length)];
}

function emptyRow(count: number): Inline[][] {
  return Array.from({ length: Math.max(0, count) }, () => []);
}
