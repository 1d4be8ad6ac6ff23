import type { Block, Figure } from '../../model/document.js';
import { reloadImage } from '../../read/reloadImage.js';

function figuresOf(blocks: readonly Block[], out: Figure[]): Figure[] {
  for (const b of blocks) {
    if (b.kind === 'figure') out.push(b);
    else if (b.kind === 'quote') figuresOf(b.children, out);
    else if (b.kind === 'list') for (const item of b.items) figuresOf(item, out);
  }
  return out;
}

/**
 * Reads every figure's image (the reader has checked each file) into a `data:` URL, so the page
 * needs no file beside it and makes no request. The bytes are embedded as they are: a JPEG is not
 * re-encoded, a PNG keeps its alpha.
 *
 * @param blocks The document's blocks.
 * @param logos The template's logos (absolute paths, checked when the template was loaded; optional).
 * @returns Per image path, its `data:` URL.
 * @throws {DiagnosticError} When a picture is no longer a regular file within the limits.
 */
export async function readImages(blocks: readonly Block[], logos: readonly string[] = []): Promise<Map<string, string>> {
  const images = new Map<string, string>();
  for (const figure of figuresOf(blocks, [])) {
    if (images.has(figure.src)) continue;
    const bytes = await reloadImage(figure.src, false);
    images.set(figure.src, `data:image/${figure.format};base64,${bytes.toString('base64')}`);
  }
  for (const logo of logos) {
    if (images.has(logo)) continue;
    const bytes = await reloadImage(logo, false);
    // The loader let only JPEG and PNG through: a PNG is told by its signature.
    const format = bytes.subarray(1, 4).toString('latin1') === 'PNG' ? 'png' : 'jpeg';
    images.set(logo, `data:image/${format};base64,${bytes.toString('base64')}`);
  }
  return images;
}
