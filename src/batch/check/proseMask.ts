import type { Root } from 'mdast';
import type { Node } from 'unist';

/** A GFM autolink literal (`www.example.com`): a link whose only text is its address. */
function isAutolink(node: Node): boolean {
  const { url, children } = node as { url?: string; children?: ReadonlyArray<{ type: string; value?: string }> };
  const only = children?.length === 1 ? children[0] : undefined;
  return url !== undefined && only?.type === 'text' && only.value !== undefined && url.endsWith(only.value);
}

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
    // An autolink's text is its address (www.example.com/?a=1,2), not prose.
    if (node.type === 'link' && isAutolink(node)) return;
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
