import { readFileSync } from 'node:fs';
import { fixture } from './helpers.js';

// Building blocks for JPEG variants made from the 3 × 2 fixture (ITU T.81 B.1; EXIF 2.3 4.5).

/** The bytes of test/fixtures/read/rich/images/dot.jpg (3 × 2, baseline). */
export const jpeg: Buffer = readFileSync(fixture('rich', 'images', 'dot.jpg'));

/** A JPEG marker segment: FF, marker, 2-byte length (counting itself), payload. */
export function segment(marker: number, payload: Uint8Array): Uint8Array {
  const length = payload.length + 2;
  return Uint8Array.from([0xff, marker, length >> 8, length & 0xff, ...payload]);
}

/** An EXIF APP1 payload holding only the orientation tag, in the given byte order. */
export function exifPayload(orientation: number, order: 'II' | 'MM'): Uint8Array {
  const little = order === 'II';
  const tiff = new DataView(new ArrayBuffer(8 + 2 + 12 + 4));
  tiff.setUint8(0, order.charCodeAt(0));
  tiff.setUint8(1, order.charCodeAt(1));
  tiff.setUint16(2, 42, little);
  tiff.setUint32(4, 8, little);
  tiff.setUint16(8, 1, little); // one entry
  tiff.setUint16(10, 0x0112, little); // Orientation
  tiff.setUint16(12, 3, little); // SHORT
  tiff.setUint32(14, 1, little); // count
  tiff.setUint16(18, orientation, little);
  return Uint8Array.from([...Buffer.from('Exif\0\0', 'latin1'), ...new Uint8Array(tiff.buffer)]);
}

/** The fixture JPEG with `segments` inserted after its SOI marker. */
export function jpegWith(...segments: Uint8Array[]): Uint8Array {
  return Uint8Array.from([...jpeg.subarray(0, 2), ...segments.flatMap((s) => [...s]), ...jpeg.subarray(2)]);
}
