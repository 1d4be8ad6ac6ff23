import type { Nodes } from 'mdast';

/**
 * The link reference definitions of a document (`[id]: url`), wherever they are written.
 *
 * @param tree An mdast tree.
 * @returns URLs by normalised identifier; the first definition of an identifier wins, as in CommonMark.
 */
export function collectDefinitions(tree: Nodes): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition' && !found.has(node.identifier)) found.set(node.identifier, node.url);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}
