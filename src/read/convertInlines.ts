import type { PhrasingContent, Text } from 'mdast';
import { diagnostic, m } from '../diagnostics/diagnostic.js';
import type { Inline } from '../model/document.js';
import type { SourceSpan } from '../model/source.js';
import type { ConvertContext } from './convertContext.js';
import { convertFootnoteCall } from './convertFootnoteCall.js';
import { reportUndefinedCalls } from './reportUndefinedCalls.js';
import { safeLinkUrl, schemeOf } from './safeLinkUrl.js';
import { spanOf } from './sourceSpan.js';
import { splitText } from './splitText.js';
import { textNeighbours, type Neighbours } from './textNeighbours.js';
import { warnRawHtml } from './warnRawHtml.js';
import { warnUnsupported } from './warnUnsupported.js';

/**
 * Convert the inline content of one paragraph or heading to model inlines.
 *
 * Strikethrough keeps its text as plain text; a link whose target is not a web, mail or relative
 * address keeps only its text, with a warning ({@link safeLinkUrl}); footnote calls are numbered (a call of an undefined
 * note, which the parser leaves as text, is an error); an image among other content and inline
 * HTML are left out with a warning. A paragraph holding only an image is a figure, handled by
 * {@link convertBlocks}.
 *
 * @param children The mdast phrasing content.
 * @param ctx The file, its lines, definitions, footnote numbers and the diagnostics list.
 * @returns The model inlines.
 */
export function convertInlines(children: readonly PhrasingContent[], ctx: ConvertContext): Inline[] {
  const neighbours = textNeighbours(children);
  return convertAll(children, neighbours, ctx);
}

function convertAll(
  nodes: readonly PhrasingContent[],
  neighbours: ReadonlyMap<Text, Neighbours>,
  ctx: ConvertContext,
): Inline[] {
  return nodes.flatMap((node) => convertOne(node, neighbours, ctx));
}

/** A link, or only its text (with a warning) when its target's scheme is not allowed. */
function link(url: string, children: Inline[], span: SourceSpan, ctx: ConvertContext): Inline[] {
  const safe = safeLinkUrl(url);
  if (safe !== undefined) return [{ kind: 'link', url: safe, children, span }];
  ctx.diagnostics.push(
    diagnostic(
      { file: ctx.file, line: span.start.line, column: span.start.column, severity: 'warning', rule: 'link/unsafe' },
      m('limits.link-unsafe', { scheme: schemeOf(url) }),
      m('limits.link-unsafe-hint'),
    ),
  );
  return children;
}

function convertOne(node: PhrasingContent, neighbours: ReadonlyMap<Text, Neighbours>, ctx: ConvertContext): Inline[] {
  const span = spanOf(node, ctx.file);
  switch (node.type) {
    case 'text': {
      const texts = splitText(node, neighbours.get(node) ?? { before: '', after: '' }, ctx);
      reportUndefinedCalls(texts, ctx);
      return texts;
    }
    case 'strong':
      return [{ kind: 'strong', children: convertAll(node.children, neighbours, ctx), span }];
    case 'emphasis':
      return [{ kind: 'emphasis', children: convertAll(node.children, neighbours, ctx), span }];
    case 'delete':
      // Print has no use for struck-out text that is still meant to be read: keep it plain.
      return convertAll(node.children, neighbours, ctx);
    case 'inlineCode':
      return [{ kind: 'code', value: node.value, span }];
    case 'break':
      return [{ kind: 'break', span }];
    case 'link':
      return link(node.url, convertAll(node.children, neighbours, ctx), span, ctx);
    case 'linkReference': {
      const url = ctx.definitions.get(node.identifier);
      const children = convertAll(node.children, neighbours, ctx);
      return url === undefined ? children : link(url, children, span, ctx);
    }
    case 'image':
    case 'imageReference':
      ctx.diagnostics.push(
        diagnostic(
          { file: ctx.file, line: span.start.line, column: span.start.column, severity: 'warning', rule: 'markdown/inline-image' },
          m('read.inline-image'),
          m('read.inline-image-hint'),
        ),
      );
      return [];
    case 'footnoteReference':
      return convertFootnoteCall(node, ctx);
    case 'html':
      warnRawHtml(node, ctx);
      return [];
    default:
      warnUnsupported(node, m('read.unsupported-node', { type: (node as { type: string }).type }), ctx);
      return [];
  }
}
