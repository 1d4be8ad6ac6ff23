import type { ImageDamage } from './imageDamage.js';

// Frame types a PDF's DCTDecode filter reads: baseline, extended sequential and progressive,
// Huffman-coded (PDF 32000-1 §7.4.8). Lossless, hierarchical and arithmetic-coded frames are not.
const readable = new Set([0xc0, 0xc1, 0xc2]);
const otherFrames = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * Check a whole JPEG file's marker structure without decoding it (ITU T.81 B.2): every segment
 * well formed and inside the file, exactly one frame header that a PDF can show (8-bit samples;
 * 1, 3 or 4 components, which pdfkit maps to grey, RGB and CMYK), scans only after it, and the
 * end-of-image marker after the last scan, so a file cut short is refused. The entropy-coded
 * data itself is not decoded: damage inside it shows as wrong pixels, not as a broken PDF.
 *
 * @param bytes The whole file (starting with SOI, FF D8).
 * @returns The damage, or `undefined` when the structure is sound.
 */
export function checkJpeg(bytes: Uint8Array): ImageDamage | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let frame = false;
  let scans = 0;
  let i = 2;
  for (;;) {
    if (i >= bytes.length) return { key: 'limits.jpeg-truncated', params: {} };
    if (bytes[i] !== 0xff) return { key: 'limits.jpeg-marker', params: { offset: i } };
    while (bytes[i] === 0xff) i++; // fill bytes (T.81 B.1.1.2)
    const marker = bytes[i];
    if (marker === undefined) return { key: 'limits.jpeg-truncated', params: {} };
    i++;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0xd9) return scans > 0 ? undefined : { key: 'limits.jpeg-no-scan', params: {} };
    if (marker === 0xd8 || marker === 0x00) return { key: 'limits.jpeg-marker', params: { offset: i - 2 } };
    if (i + 2 > bytes.length) return { key: 'limits.jpeg-truncated', params: {} };
    const length = view.getUint16(i);
    if (length < 2) return { key: 'limits.jpeg-marker', params: { offset: i - 2 } };
    if (i + length > bytes.length) return { key: 'limits.jpeg-truncated', params: {} };
    if (readable.has(marker) || otherFrames.has(marker)) {
      if (frame) return { key: 'limits.jpeg-marker', params: { offset: i - 2 } };
      frame = true;
      const bits = bytes[i + 2] ?? 0;
      const components = bytes[i + 7] ?? 0;
      if (!readable.has(marker) || bits !== 8 || ![1, 3, 4].includes(components)) {
        return { key: 'limits.jpeg-unsupported', params: { bits, components } };
      }
      if (length !== 8 + 3 * components || view.getUint16(i + 3) === 0 || view.getUint16(i + 5) === 0) {
        return { key: 'limits.jpeg-marker', params: { offset: i - 2 } };
      }
    }
    i += length;
    if (marker !== 0xda) continue;
    if (!frame) return { key: 'limits.jpeg-marker', params: { offset: i - length - 2 } };
    scans++;
    // Entropy-coded data: runs to the next marker that is neither a stuffed 00 nor a restart.
    for (;;) {
      i = bytes.indexOf(0xff, i);
      if (i < 0 || i + 1 >= bytes.length) return { key: 'limits.jpeg-truncated', params: {} };
      const next = bytes[i + 1] ?? 0;
      if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) {
        i += next === 0xff ? 1 : 2;
        continue;
      }
      break;
    }
  }
}
