import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Figure, Table } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { roleClass } from './fontRoleClass.js';
import { inlinesToHast, type InlineRoles } from './inlinesToHast.js';
import { tableMinClass, type TableColumns } from './tableColumns.js';

/**
 * A figure (docs/layout.md A.3): the image inline as a `data:` URL (no request leaves the page), its
 * pixel size for layout before decoding, and the caption in Kai below it.
 *
 * @param block The figure.
 * @param dataUrl The image file as a `data:` URL.
 * @param template Font roles of the caption.
 * @param roles Font roles of markup in the caption.
 */
export function figureToHast(block: Figure, dataUrl: string, template: Template, roles: InlineRoles): Element {
  const caption = inlinesToHast(block.caption, roles);
  return h('figure', [
    h('img', { src: dataUrl, alt: '', width: block.width, height: block.height }),
    ...(caption.length > 0 ? [h('figcaption', { className: [roleClass(template.figure.caption.role)] }, caption)] : []),
  ]);
}

/**
 * A GFM table in its scrolling box: the columns' widths (when known) as `col` elements, header cells in `th` (Hei,
 * centred as in the PDF), body cells in `td` with the Markdown's column alignment as a class.
 *
 * @param block The table.
 * @param template Font roles of the table.
 * @param roles Font roles of markup in the cells.
 * @param columns Per column, its share of the width in percent, and the table's narrowest width
 *   (optional: the browser's own layout).
 */
export function tableToHast(block: Table, template: Template, roles: InlineRoles, columns?: TableColumns): Element {
  const cell = (content: Parameters<typeof inlinesToHast>[0], i: number): Element => {
    const align = block.align[i];
    return h('td', align ? { className: [`align-${align}`] } : {}, inlinesToHast(content, roles));
  };
  // The box the table scrolls in on a narrow screen (issue 11), so the page itself never does.
  return h('div', { className: ['table-scroll'] }, [
    h('table', { className: [roleClass(template.table.role), ...(columns ? ['fixed-columns', tableMinClass(columns.minWidth)] : [])] }, [
      ...(columns ? [h('colgroup', columns.shares.map((w) => h('col', { width: `${w}%` })))] : []),
      h('thead', { className: [roleClass(template.table.headerRole)] }, [h('tr', block.head.map((c) => h('th', { scope: 'col' }, inlinesToHast(c, roles))))]),
      h('tbody', block.rows.map((row) => h('tr', row.map((c, i) => cell(c, i))))),
    ]),
  ]);
}
