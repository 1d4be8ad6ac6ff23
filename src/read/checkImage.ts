import { checkJpeg } from './checkJpeg.js';
import { checkPngChunks, checkPngData } from './checkPng.js';
import type { ImageDamage } from './imageDamage.js';
import { imageInfo } from './imageInfo.js';
import { LIMITS } from './limits.js';

/** The outcome of {@link checkImage}. */
export type ImageCheck =
  /** A sound JPEG or PNG within the limits, of this size in pixels as displayed. */
  | { readonly kind: 'image'; readonly format: 'jpeg' | 'png'; readonly width: number; readonly height: number }
  /** A JPEG or PNG that is damaged, of a kind a PDF cannot hold, or past a limit. */
  | { readonly kind: 'damaged'; readonly format: 'jpeg' | 'png'; readonly damage: ImageDamage }
  /** Neither JPEG nor PNG; `looksLike` names what it seems to be, e.g. `a GIF image`. */
  | { readonly kind: 'other'; readonly looksLike?: string };

/**
 * Check a whole picture file before it goes into a PDF: its format, its structure (so a damaged
 * or truncated file is refused instead of making a PDF that readers reject), and the limits on
 * pixels and decoded size (checked on the header, before anything is inflated). The reader
 * calls it to report problems at the image; the PDF renderer calls it again on the bytes it
 * embeds, so that pdfkit, which would throw from a callback on bad data, only sees sound files.
 *
 * @param bytes The whole file (at most {@link LIMITS.imageBytes}).
 * @returns The picture's size, what is wrong with it, or what else the file is.
 */
export async function checkImage(bytes: Uint8Array): Promise<ImageCheck> {
  const info = imageInfo(bytes, true);
  if (info.kind === 'other') return info;
  const format = info.kind === 'needMore' ? 'jpeg' : info.format;
  if (format === 'png') {
    const chunks = checkPngChunks(bytes);
    if (chunks.kind === 'damaged') return { kind: 'damaged', format, damage: chunks.damage };
    const damage = await checkPngData(chunks.header, chunks.data);
    if (damage !== undefined) return { kind: 'damaged', format, damage };
  } else {
    const damage = checkJpeg(bytes);
    if (damage !== undefined) return { kind: 'damaged', format, damage };
  }
  if (info.kind !== 'image') return { kind: 'damaged', format, damage: { key: 'limits.jpeg-marker', params: { offset: 0 } } };
  const { width, height } = info;
  if (width * height > LIMITS.imagePixels) {
    const megapixels = Math.ceil((width * height) / 1e6);
    return { kind: 'damaged', format, damage: { key: 'limits.image-pixels', params: { width, height, megapixels, limit: LIMITS.imagePixels / 1e6 } } };
  }
  return { kind: 'image', format, width, height };
}

/** The hint for a {@link ImageDamage}: smaller, saved differently, or saved again. */
export function damageHint(damage: ImageDamage): 'limits.image-pixels-hint' | 'limits.image-unsupported-hint' | 'limits.image-damaged-hint' {
  if (damage.key === 'limits.image-pixels' || damage.key === 'limits.png-data-bytes') return 'limits.image-pixels-hint';
  if (damage.key === 'limits.png-unsupported' || damage.key === 'limits.jpeg-unsupported') return 'limits.image-unsupported-hint';
  return 'limits.image-damaged-hint';
}
