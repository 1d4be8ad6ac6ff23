import type { Nodes, Root } from 'mdast';
import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import { LIMITS } from './limits.js';

const blockLevels = new Set(['blockquote', 'list', 'footnoteDefinition']);
const inlineLevels = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Find the first node nested deeper than the limit, walking the tree without recursion, so that
 * the recursive steps after it (conversion, plain text, HTML) never meet a tree deep enough to
 * overflow the stack. Block quotes, lists and footnotes count as block levels; emphasis, strong
 * emphasis, strikethrough and links as inline levels; each kind has the limit of its own.
 *
 * @param tree The mdast root, as parsed.
 * @param file Path of the issue, for the diagnostic.
 * @param limit Levels allowed (optional, default {@link LIMITS.nesting}).
 * @returns An error at the first node (in source order) past the limit, or `undefined`.
 */
export function checkNesting(tree: Root, file: string, limit: number = LIMITS.nesting): Diagnostic | undefined {
  const stack: { node: Nodes; blocks: number; inlines: number }[] = [{ node: tree, blocks: 0, inlines: 0 }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { node } = top;
    const blocks = top.blocks + (blockLevels.has(node.type) ? 1 : 0);
    const inlines = top.inlines + (inlineLevels.has(node.type) ? 1 : 0);
    if (blocks > limit || inlines > limit) {
      const start = node.position?.start ?? { line: 0, column: 0 };
      return diagnostic(
        { file, line: start.line, column: start.column, severity: 'error', rule: 'limits/nesting' },
        m(blocks > limit ? 'limits.blocks-too-deep' : 'limits.inlines-too-deep', { limit }),
        m('limits.nesting-hint'),
      );
    }
    if ('children' in node) {
      // Pushed last to first, so the walk pops them in source order.
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i];
        if (child !== undefined) stack.push({ node: child, blocks, inlines });
      }
    }
  }
  return undefined;
}
