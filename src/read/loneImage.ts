import type { Image, ImageReference, Paragraph } from 'mdast';

/**
 * The image of a paragraph that holds one image and nothing else but white space: such a
 * paragraph is a figure (docs/layout.md A.3). An image among words is not.
 *
 * @param paragraph An mdast paragraph.
 * @returns The image node, or `undefined` when the paragraph holds anything else.
 */
export function loneImage(paragraph: Paragraph): Image | ImageReference | undefined {
  const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const only = content[0];
  return content.length === 1 && (only?.type === 'image' || only?.type === 'imageReference') ? only : undefined;
}
