/**
 * The orientation tag (0x0112) of an EXIF block: 1 is upright, 5–8 are a quarter turn (the
 * stored width is the displayed height). Phone cameras store portrait photos sideways with 6.
 *
 * @param payload The payload of a JPEG APP1 segment (after its length field).
 * @returns The orientation 1–8, or `undefined` when the segment is not EXIF or has no such tag.
 */
export function exifOrientation(payload: Uint8Array): number | undefined {
  // "Exif\0\0", then a TIFF header: byte order (II or MM), 42, offset of the first IFD.
  if (payload.length < 14 || String.fromCharCode(...payload.subarray(0, 6)) !== 'Exif\0\0') return undefined;
  const tiff = new DataView(payload.buffer, payload.byteOffset + 6, payload.byteLength - 6);
  const order = String.fromCharCode(payload[6] ?? 0, payload[7] ?? 0);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  if (tiff.getUint16(2, little) !== 42) return undefined;
  const ifd = tiff.getUint32(4, little);
  if (ifd + 2 > tiff.byteLength) return undefined;
  const entries = tiff.getUint16(ifd, little);
  for (let n = 0; n < entries; n++) {
    const entry = ifd + 2 + n * 12;
    if (entry + 12 > tiff.byteLength) return undefined;
    if (tiff.getUint16(entry, little) !== 0x0112) continue;
    // A SHORT value sits in the first two bytes of the entry's 4-byte value field.
    const value = tiff.getUint16(entry + 8, little);
    return value >= 1 && value <= 8 ? value : undefined;
  }
  return undefined;
}
