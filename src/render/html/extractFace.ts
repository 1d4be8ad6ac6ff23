/**
 * Copies one face out of a TrueType/OpenType collection (.ttc/.otc) into a standalone font file.
 * hb-subset, as subset-font calls it, always opens face 0 of a file, and the face a role resolved
 * to is often another one (simsun.ttc holds SimSun and NSimSun; Noto CJK collections hold the
 * Japanese face first, whose glyph forms are wrong for Chinese: docs/layout.md D.1).
 *
 * @param collection The bytes of the collection file.
 * @param index Which face (0-based, in the collection's order).
 * @returns The bytes of an sfnt holding that face's tables.
 */
export function extractFace(collection: Uint8Array, index: number): Uint8Array {
  const view = new DataView(collection.buffer, collection.byteOffset, collection.byteLength);
  if (view.getUint32(0) !== 0x74746366 /* 'ttcf' */) throw new Error('not a font collection');
  const count = view.getUint32(8);
  if (index < 0 || index >= count) throw new Error(`font collection has ${count} faces, not ${index + 1}`);
  const start = view.getUint32(12 + 4 * index);
  const numTables = view.getUint16(start + 4);
  const headerSize = 12 + 16 * numTables;
  const tables = Array.from({ length: numTables }, (_, i) => {
    const record = start + 12 + 16 * i;
    return { record, offset: view.getUint32(record + 8), length: view.getUint32(record + 12) };
  });
  // Each table starts on a 4-byte boundary (OpenType "Table Directory").
  const size = tables.reduce((sum, t) => sum + ((t.length + 3) & ~3), headerSize);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(collection.subarray(start, start + headerSize), 0);
  let at = headerSize;
  tables.forEach((t, i) => {
    out.set(collection.subarray(t.offset, t.offset + t.length), at);
    outView.setUint32(12 + 16 * i + 8, at);
    at += (t.length + 3) & ~3;
  });
  return out;
}
