import type { Node } from 'unist';
import { diagnostic, type MessageRef } from '../diagnostics/diagnostic.js';
import type { ConvertContext } from './convertContext.js';
import { spanOf } from './sourceSpan.js';

/**
 * Record that a Markdown construct is left out of the model because bulletin cannot set it yet
 * (task list checkboxes, and any node type a newer parser may produce). Raw HTML and images
 * among text have warnings of their own.
 *
 * @param node The node that is dropped.
 * @param message What is left out: `read.unsupported-checkbox` or `read.unsupported-node`.
 * @param ctx Where the warning goes.
 */
export function warnUnsupported(node: Node, message: MessageRef, ctx: ConvertContext): void {
  const { start } = spanOf(node, ctx.file);
  ctx.diagnostics.push(
    diagnostic({ file: ctx.file, line: start.line, column: start.column, severity: 'warning', rule: 'markdown/unsupported' }, message),
  );
}
