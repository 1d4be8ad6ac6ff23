import type { Html } from 'mdast';
import type { ConvertContext } from './convertContext.js';
import { spanOf } from './sourceSpan.js';
import { diagnostic, m } from '../diagnostics/diagnostic.js';

/**
 * Record that raw HTML (a block or an inline tag) is left out. The PDF has no HTML engine, and
 * the HTML page is built from the document model and sanitised, so raw HTML reaches neither;
 * the text between an opening and a closing tag is ordinary Markdown and stays.
 *
 * HTML comments are left out silently: hiding a remark from the reader is what they are for.
 *
 * @param node The mdast `html` node.
 * @param ctx Where the warning goes.
 */
export function warnRawHtml(node: Html, ctx: ConvertContext): void {
  const value = node.value.trim();
  if (value.startsWith('<!--')) return;
  const { start } = spanOf(node, ctx.file);
  const firstLine = value.split(/\r\n|\r|\n/)[0] ?? '';
  const shown = firstLine.length > 30 ? `${firstLine.slice(0, 29)}…` : firstLine;
  ctx.diagnostics.push(
    diagnostic(
      { file: ctx.file, line: start.line, column: start.column, severity: 'warning', rule: 'markdown/raw-html' },
      m('read.raw-html', { html: shown }),
      m('read.raw-html-hint'),
    ),
  );
}
