import type { Nodes, PhrasingContent, Text } from 'mdast';
import { firstChar, lastChar } from './softBreak.js';

/** The visible characters just before and just after a text node, across inline markup. */
export interface Neighbours {
  readonly before: string;
  readonly after: string;
}

/**
 * For every text node inside a paragraph or heading, the characters around it. A soft break
 * at the edge of a text node (`**粗体**\n正文`) is judged by the characters of its neighbours.
 *
 * @param children The phrasing content of one paragraph or heading.
 * @returns A map from each text node to its neighbouring characters ('' at the edges).
 */
export function textNeighbours(children: readonly PhrasingContent[]): Map<Text, Neighbours> {
  const leaves: { node: Nodes; text: string }[] = [];
  const collect = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode') leaves.push({ node, text: node.value });
    else if (node.type === 'break') leaves.push({ node, text: '\n' });
    else if ('children' in node) for (const child of node.children) collect(child);
    // Images and HTML are left out of the model, so they are not neighbours; a footnote call is
    // a raised mark, so a break around it is judged by the characters on either side of it.
  };
  for (const child of children) collect(child);

  const result = new Map<Text, Neighbours>();
  leaves.forEach(({ node }, index) => {
    if (node.type !== 'text') return;
    let before = '';
    for (let i = index - 1; i >= 0 && before === ''; i--) before = lastChar(leaves[i]?.text ?? '');
    let after = '';
    for (let i = index + 1; i < leaves.length && after === ''; i++) after = firstChar(leaves[i]?.text ?? '');
    result.set(node, { before, after });
  });
  return result;
}
