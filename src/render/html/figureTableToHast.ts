import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Figure, Table } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { roleClass } from './fontRoleClass.js';
import { inlinesToHast, type InlineRoles } from './inlinesToHast.js';

/**
 * A figure (LAYOUT.md A.3): the image inline as a `data:` URL (no request leaves the page), its
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
    ...(caption.length > 0 ? [h('figcaption', { className: [roleClass(template.emphasis.role)] }, caption)] : []),
  ]);
}

/** A GFM table: header cells in `th` (Hei), body cells in `td`, the Markdown's column alignment as a class. */
export function tableToHast(block: Table, template: Template, roles: InlineRoles): Element {
  const cell = (tag: 'th' | 'td', content: Parameters<typeof inlinesToHast>[0], i: number): Element => {
    const align = block.align[i];
    return h(tag, align ? { className: [`align-${align}`] } : {}, inlinesToHast(content, roles));
  };
  return h('table', [
    h('thead', { className: [roleClass(template.strong.role)] }, [h('tr', block.head.map((c, i) => cell('th', c, i)))]),
    h('tbody', block.rows.map((row) => h('tr', row.map((c, i) => cell('td', c, i))))),
  ]);
}
