import type { RootContent } from 'mdast';
import type { Block, Heading } from '../model/document.js';
import { convertFigure } from './convertFigure.js';
import { convertInlines } from './convertInlines.js';
import type { ConvertContext } from './convertContext.js';
import { convertTable } from './convertTable.js';
import { loneImage } from './loneImage.js';
import { spanOf } from './sourceSpan.js';
import { warnRawHtml } from './warnRawHtml.js';
import { warnUnsupported } from './warnUnsupported.js';
import { diagnostic, m } from '../diagnostics/diagnostic.js';

/**
 * Convert mdast block content to model blocks, each with its source span.
 *
 * A paragraph holding only an image is a figure; GFM tables become tables. Front matter, link
 * and footnote definitions are not content here and are skipped ({@link collectFootnotes} turns
 * the called notes into footnotes); raw HTML is left out with a warning; headings deeper than
 * `####` become level 4 with a warning. Every block quote becomes a `quote` here;
 * {@link promoteEditorsNote} picks the editor's note.
 *
 * @param nodes mdast block nodes (children of the root, a block quote, a list item or a note).
 * @param ctx The file, its lines, definitions, figure checks, footnote numbers and diagnostics.
 * @returns The model blocks.
 */
export function convertBlocks(nodes: readonly RootContent[], ctx: ConvertContext): Block[] {
  return nodes.flatMap((node): Block[] => {
    const span = spanOf(node, ctx.file);
    switch (node.type) {
      case 'paragraph': {
        const image = loneImage(node);
        if (image !== undefined) return convertFigure(image, ctx);
        const children = convertInlines(node.children, ctx);
        // A paragraph of left-out content (raw HTML, say) has nothing left to set.
        return children.length === 0 ? [] : [{ kind: 'paragraph', children, span }];
      }
      case 'heading':
        return [{ kind: 'heading', level: headingLevel(node.depth, ctx, span), children: convertInlines(node.children, ctx), span }];
      case 'blockquote':
        return [{ kind: 'quote', children: convertBlocks(node.children, ctx), span }];
      case 'list':
        return [
          {
            kind: 'list',
            ordered: node.ordered === true,
            start: node.start ?? 1,
            items: node.children.map((item) => {
              if (typeof item.checked === 'boolean') warnUnsupported(item, m('read.unsupported-checkbox'), ctx);
              return convertBlocks(item.children, ctx);
            }),
            span,
          },
        ];
      case 'code':
        return [{ kind: 'codeBlock', value: node.value, span }];
      case 'thematicBreak':
        return [{ kind: 'thematicBreak', span }];
      case 'table':
        return [convertTable(node, ctx)];
      case 'yaml':
      case 'definition':
      case 'footnoteDefinition':
        return [];
      case 'html':
        warnRawHtml(node, ctx);
        return [];
      default:
        warnUnsupported(node, m('read.unsupported-node', { type: node.type }), ctx);
        return [];
    }
  });
}

function headingLevel(depth: number, ctx: ConvertContext, span: Heading['span']): Heading['level'] {
  if (depth <= 4) return Math.max(1, depth) as Heading['level'];
  ctx.diagnostics.push(
    diagnostic(
      { file: ctx.file, line: span.start.line, column: span.start.column, severity: 'warning', rule: 'markdown/heading-depth' },
      m('read.heading-depth', { depth, marks: '#'.repeat(depth) }),
      m('read.heading-depth-hint'),
    ),
  );
  return 4;
}
