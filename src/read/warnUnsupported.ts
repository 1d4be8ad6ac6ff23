import type { Node } from 'unist';
import type { ConvertContext } from './convertContext.js';
import { spanOf } from './sourceSpan.js';

/**
 * Record that a Markdown construct is left out of the model because bulletin cannot set it yet
 * (task list checkboxes, and any node type a newer parser may produce). Raw HTML and images
 * among text have warnings of their own.
 *
 * @param node The node that is dropped.
 * @param what What it is, in the plural: `task list checkboxes`, `math nodes`.
 * @param ctx Where the warning goes.
 */
export function warnUnsupported(node: Node, what: string, ctx: ConvertContext): void {
  const { start } = spanOf(node, ctx.file);
  ctx.diagnostics.push({
    file: ctx.file,
    line: start.line,
    column: start.column,
    severity: 'warning',
    rule: 'markdown/unsupported',
    message: `${what} are not supported yet; this one is left out`,
  });
}
