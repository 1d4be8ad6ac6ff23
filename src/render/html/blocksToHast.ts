import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Block, Heading, Inline } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { listMarker } from '../../typeset/flowBlocks.js';
import { figureToHast, tableToHast } from './figureTableToHast.js';
import { roleClass } from './fontRoleClass.js';
import { inlinesToHast, type InlineRoles } from './inlinesToHast.js';
import { tableColumns, type MeasureText } from './tableColumns.js';

/** What turning blocks into HTML needs besides the blocks. */
export interface BlockContext {
  readonly template: Template;
  /** Each figure's image file (absolute path) as a `data:` URL, read beforehand. */
  readonly images: ReadonlyMap<string, string>;
  /** Text widths in the page's fonts, for tables' column widths (optional: the browser's layout). */
  readonly measure?: MeasureText;
}

/** The inline fonts of body text (also figure captions, table cells and notes). */
export function bodyRoles(t: Template): InlineRoles {
  return { strong: t.strong.role, emphasis: t.emphasis.role, code: t.code.role };
}

/**
 * A heading keeps its Markdown rank: `#` → h1 (an article title), `##` → h2 (一、), `###` → h3
 * ((一)), `####` → h4, so the HTML outline is the PDF's bookmarks. Markup inside a heading is set
 * in the heading's own face, as in the PDF.
 */
function headingToHast(block: Heading, t: Template): Element {
  const spec = t.headings[String(block.level) as '1' | '2' | '3' | '4'];
  const roles: InlineRoles = { strong: spec.role, emphasis: spec.role, code: spec.role };
  const inlines: readonly Inline[] = block.autoNumber ? [{ kind: 'text', value: block.autoNumber, span: block.span }, ...block.children] : block.children;
  return h(`h${block.level}`, { className: [roleClass(spec.role)] }, inlinesToHast(inlines, roles));
}

function blockToHast(block: Block, ctx: BlockContext, depth: number): Element {
  const t = ctx.template;
  switch (block.kind) {
    case 'paragraph':
      return h('p', inlinesToHast(block.children, bodyRoles(t)));
    case 'heading':
      return headingToHast(block, t);
    case 'editorsNote': {
      const roles: InlineRoles = { strong: t.editorsNote.labelRole, emphasis: t.editorsNote.role, code: t.editorsNote.role };
      const paragraphs = block.paragraphs.map((p) => h('p', inlinesToHast(p.children, roles)));
      return h('blockquote', { className: ['editors-note', roleClass(t.editorsNote.role)] }, paragraphs);
    }
    case 'quote':
      return h('blockquote', { className: ['quote', roleClass(t.quote.role)] }, blocksToHast(block.children, ctx, depth));
    case 'list': {
      // Markers are text, not CSS counters: the same 1. / （1） / ① / · as the PDF, and their
      // characters reach the font subset like any other text.
      const items = block.items.map((item, i) =>
        h('li', [h('span', { className: ['marker'] }, listMarker(block.ordered, depth, block.start + i)), h('div', blocksToHast(item, ctx, depth + 1))]),
      );
      const className = ['list', roleClass(t.body.role)];
      return block.ordered ? h('ol', { className, ...(block.start !== 1 ? { start: block.start } : {}) }, items) : h('ul', { className }, items);
    }
    case 'codeBlock':
      return h('pre', { className: [roleClass(t.code.role)] }, h('code', block.value));
    case 'thematicBreak':
      return h('hr');
    case 'figure': {
      const url = ctx.images.get(block.src);
      if (url === undefined) throw new Error(`image ${block.src} was not read before rendering`);
      // As in the PDF, markup in a caption stays in the caption's face.
      const caption = t.figure.caption.role;
      return figureToHast(block, url, t, { strong: caption, emphasis: caption, code: t.code.role });
    }
    case 'table':
      return tableToHast(block, t, bodyRoles(t), ctx.measure ? tableColumns(block, t, ctx.measure) : undefined);
  }
}

/**
 * Turns model blocks into hast block elements (docs/layout.md A.3 in HTML): paragraphs, headings,
 * the editor's note and quotes as `blockquote`, lists with the template's markers, code, rules.
 *
 * @param blocks Model blocks, in order.
 * @param ctx The template (which font role each kind of block uses) and the figures' images.
 * @param depth List nesting depth (optional, default 0), for the markers.
 * @returns hast elements, in order.
 */
export function blocksToHast(blocks: readonly Block[], ctx: BlockContext, depth = 0): ElementContent[] {
  return blocks.map((b) => blockToHast(b, ctx, depth));
}
