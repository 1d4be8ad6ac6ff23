import type { Root } from 'mdast';
import type { Node } from 'unist';

/**
 * Which characters of a Markdown source are prose: the source ranges of the parse tree's text
 * nodes. Front matter, code, inline code, HTML, link targets and Markdown syntax are not, so the
 * typography rules never touch `a--b` in code or the `(` of a link.
 *
 * @param tree The mdast of `length` characters of source, with positions.
 * @returns One flag per UTF-16 unit.
 */
export function proseMask(tree: Root, length: number): Uint8Array {
  const mask = new Uint8Array(length);
  const visit = (node: Node): void => {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) mask.fill(1, start, end);
      return;
    }
    const children = (node as { children?: readonly Node[] }).children;
    if (children) for (const child of children) visit(child);
  };
  visit(tree);
  return mask;
}
