import { exifOrientation } from './exifOrientation.js';
import { guessFileType } from './guessFileType.js';

/** What the first bytes of a file say about it as a picture. */
export type ImageInfo =
  /** A JPEG or PNG of this size in pixels, as displayed (EXIF orientation applied). */
  | { readonly kind: 'image'; readonly format: 'jpeg' | 'png'; readonly width: number; readonly height: number }
  /** A JPEG whose frame header lies beyond the bytes given: read more and ask again. */
  | { readonly kind: 'needMore' }
  /** A JPEG or PNG signature, but the header is broken; `reason` completes "…but". */
  | { readonly kind: 'damaged'; readonly format: 'jpeg' | 'png'; readonly reason: string }
  /** Neither JPEG nor PNG; `looksLike` names what it seems to be, e.g. `a GIF image`. */
  | { readonly kind: 'other'; readonly looksLike?: string };

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// Start-of-frame markers, which carry the frame's height and width (ITU T.81 Table B.1):
// C0–C3, C5–C7, C9–CB, CD–CF. C4 (DHT), C8 (reserved) and CC (DAC) are other segments.
const startOfFrame = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * Read the format and pixel size of a JPEG or PNG from the start of its file, without decoding.
 *
 * @param bytes The first bytes of the file (64 KB is enough for nearly every image; the whole
 *   file also works).
 * @param complete Whether `bytes` is the whole file, so a JPEG that runs out is damaged rather
 *   than `needMore` (optional, default `false`).
 * @returns The size, a request for more bytes, a damaged header, or what else the file is.
 */
export function imageInfo(bytes: Uint8Array, complete = false): ImageInfo {
  if (startsWith(bytes, pngSignature)) return pngInfo(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegInfo(bytes, complete);
  const looksLike = guessFileType(bytes);
  return looksLike === undefined ? { kind: 'other' } : { kind: 'other', looksLike };
}

/** PNG: the signature, then the IHDR chunk (it must come first) with width and height. */
function pngInfo(bytes: Uint8Array): ImageInfo {
  const view = viewOf(bytes);
  if (bytes.length < 24 || ascii(bytes, 12, 16) !== 'IHDR') return { kind: 'damaged', format: 'png', reason: 'it has no IHDR header' };
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0) return { kind: 'damaged', format: 'png', reason: 'its header gives a size of zero' };
  return { kind: 'image', format: 'png', width, height };
}

/**
 * JPEG: walk the marker segments after SOI to the first start-of-frame segment, whose payload
 * is precision (1 byte), height (2), width (2). An EXIF segment met on the way may turn the
 * picture a quarter turn; PDF viewers (pdfkit) and browsers honour it, so the size is swapped.
 */
function jpegInfo(bytes: Uint8Array, complete: boolean): ImageInfo {
  const view = viewOf(bytes);
  const short: ImageInfo = complete
    ? { kind: 'damaged', format: 'jpeg', reason: 'the file ends before its frame header' }
    : { kind: 'needMore' };
  let orientation = 1;
  let i = 2;
  for (;;) {
    if (i >= bytes.length) return short;
    if (bytes[i] !== 0xff) return { kind: 'damaged', format: 'jpeg', reason: `byte ${i} should start a marker` };
    while (bytes[i] === 0xff) i++; // Any number of 0xFF fill bytes may precede a marker (T.81 B.1.1.2).
    const marker = bytes[i];
    if (marker === undefined) return short;
    i++;
    // Markers without a length: TEM, RST0–7 and a repeated SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) continue;
    if (marker === 0xd9) return { kind: 'damaged', format: 'jpeg', reason: 'it ends before its frame header' };
    if (marker === 0xda) return { kind: 'damaged', format: 'jpeg', reason: 'its image data starts before a frame header' };
    if (i + 2 > bytes.length) return short;
    const length = view.getUint16(i);
    if (length < 2) return { kind: 'damaged', format: 'jpeg', reason: `the segment at byte ${i - 2} has a bad length` };
    if (startOfFrame.has(marker)) {
      if (i + 7 > bytes.length) return short;
      const height = view.getUint16(i + 3);
      const width = view.getUint16(i + 5);
      // A height of 0 means "given later in a DNL segment", which hardly any software writes.
      if (width === 0 || height === 0) return { kind: 'damaged', format: 'jpeg', reason: 'its frame header gives no size' };
      return orientation > 4 ? { kind: 'image', format: 'jpeg', width: height, height: width } : { kind: 'image', format: 'jpeg', width, height };
    }
    if (marker === 0xe1 && i + length <= bytes.length) orientation = exifOrientation(bytes.subarray(i + 2, i + length)) ?? orientation;
    i += length;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
