import type { Image, ImageReference, Nodes } from 'mdast';
import { loneImage } from './loneImage.js';
import { probeImage, type ImageProbe, type ProbeImageOptions } from './probeImage.js';

/** The checked file of every figure image, by its mdast node. */
export type FigureProbes = ReadonlyMap<Image | ImageReference, ImageProbe>;

/**
 * Check the files of all figures of a document (images alone in their paragraph, wherever the
 * paragraph is), one after the other. This is the reader's only file access for the body, done before
 * conversion so that converting Markdown to the model stays a synchronous, pure step.
 *
 * @param tree The mdast root.
 * @param definitions Link reference definitions, for `![caption][id]`.
 * @param options The folder and whether images may lie outside it.
 * @returns Each figure image's probe.
 */
export async function probeFigures(
  tree: Nodes,
  definitions: ReadonlyMap<string, string>,
  options: ProbeImageOptions,
): Promise<FigureProbes> {
  const images: (Image | ImageReference)[] = [];
  const visit = (node: Nodes): void => {
    const image = node.type === 'paragraph' ? loneImage(node) : undefined;
    if (image !== undefined) images.push(image);
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  // One at a time: each check reads its whole file (up to LIMITS.imageBytes), and a document
  // with many pictures must not hold them all at once.
  const probes = new Map<Image | ImageReference, ImageProbe>();
  for (const image of images) probes.set(image, await probeImage(imageUrl(image, definitions), options));
  return probes;
}

/**
 * The destination of an image or image reference. A reference always has a definition:
 * without one, the parser leaves `![caption][id]` as text.
 */
export function imageUrl(image: Image | ImageReference, definitions: ReadonlyMap<string, string>): string {
  return image.type === 'image' ? image.url : (definitions.get(image.identifier) ?? '');
}
