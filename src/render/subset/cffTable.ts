/**
 * The CFF table of a CFF-flavoured OpenType font, as a PDF embeds it (FontFile3 /CIDFontType0C),
 * with CIDs chosen by bulletin.
 *
 * A PDF's CID font selects a CFF glyph through the CFF charset when the CFF is CID-keyed (PDF
 * 32000-1 §9.7.4.2). bulletin's content streams address each glyph by its id in the whole face,
 * so a subset's charset is rewritten to give each kept glyph that id as its CID: the subset stays
 * small (no empty glyphs for the ids between) and the content streams need no second numbering.
 * A name-keyed CFF selects by glyph id: it is subset keeping the ids instead (embedFont.ts).
 */

/** What bulletin reads of a CFF's Top DICT. */
export interface CffTop {
  readonly cidKeyed: boolean;
  /** How many glyphs the CharStrings INDEX holds. */
  readonly glyphs: number;
  /** Where the charset offset's operand is, when written as a 32-bit integer (as hb-subset writes offsets). */
  readonly charsetOperand?: number;
}

/** Reads an INDEX at `at`: its items' [start, end) and where it ends. */
function readIndex(view: DataView, at: number): { items: [number, number][]; end: number } {
  const count = view.getUint16(at);
  if (count === 0) return { items: [], end: at + 2 };
  const offSize = view.getUint8(at + 2);
  const offset = (i: number): number => {
    let v = 0;
    for (let k = 0; k < offSize; k++) v = v * 256 + view.getUint8(at + 3 + i * offSize + k);
    return v;
  };
  const base = at + 2 + (count + 1) * offSize;
  const items: [number, number][] = [];
  for (let i = 0; i < count; i++) items.push([base + offset(i), base + offset(i + 1)]);
  return { items, end: base + offset(count) };
}

/**
 * Reads the Top DICT of a CFF table.
 *
 * @throws {Error} When the table is malformed.
 */
export function readCffTop(cff: Uint8Array): CffTop {
  const view = new DataView(cff.buffer, cff.byteOffset, cff.byteLength);
  const { cidKeyed, charStrings, charsetOperand } = readTopDict(view);
  if (charStrings === undefined) throw new Error('CFF table has no CharStrings');
  // An INDEX starts with its count.
  return { cidKeyed, glyphs: view.getUint16(charStrings), ...(charsetOperand !== undefined ? { charsetOperand } : {}) };
}

/**
 * Whether a CFF table is CID-keyed (its Top DICT has ROS), read without its glyph index.
 *
 * @throws {Error} When the table is malformed.
 */
export function isCidKeyed(cff: Uint8Array): boolean {
  return readTopDict(new DataView(cff.buffer, cff.byteOffset, cff.byteLength)).cidKeyed;
}

/** The entries of the Top DICT that bulletin reads. */
function readTopDict(view: DataView): { cidKeyed: boolean; charStrings?: number; charsetOperand?: number } {
  const names = readIndex(view, view.getUint8(2));
  const top = readIndex(view, names.end).items[0];
  if (!top) throw new Error('CFF table has no Top DICT');
  const [start, end] = top;
  const operands: { value: number; at: number; int32: boolean }[] = [];
  let cidKeyed = false;
  let charStrings: number | undefined;
  let charsetOperand: number | undefined;
  let at = start;
  while (at < end) {
    const b0 = view.getUint8(at);
    const from = at;
    if (b0 <= 21) {
      const op = b0 === 12 ? 1200 + view.getUint8(at + 1) : b0;
      at += b0 === 12 ? 2 : 1;
      const first = operands[0];
      if (op === 15 && first?.int32) charsetOperand = first.at;
      else if (op === 17) charStrings = first?.value;
      else if (op === 1230) cidKeyed = true;
      operands.length = 0;
    } else if (b0 === 28) {
      operands.push({ value: view.getInt16(at + 1), at: from + 1, int32: false });
      at += 3;
    } else if (b0 === 29) {
      operands.push({ value: view.getInt32(at + 1), at: from + 1, int32: true });
      at += 5;
    } else if (b0 === 30) {
      // A real number: nibbles up to the 0xf end mark. Never an offset; its value is not needed.
      at += 1;
      while (at < end) {
        const b = view.getUint8(at++);
        if ((b & 0x0f) === 0x0f || (b & 0xf0) === 0xf0) break;
      }
      operands.push({ value: 0, at: from, int32: false });
    } else if (b0 >= 32 && b0 <= 246) {
      operands.push({ value: b0 - 139, at: from, int32: false });
      at += 1;
    } else if (b0 >= 247 && b0 <= 254) {
      const v = (b0 - (b0 <= 250 ? 247 : 251)) * 256 + view.getUint8(at + 1) + 108;
      operands.push({ value: b0 <= 250 ? v : -v, at: from, int32: false });
      at += 2;
    } else throw new Error('malformed CFF Top DICT');
  }
  return { cidKeyed, ...(charStrings !== undefined ? { charStrings } : {}), ...(charsetOperand !== undefined ? { charsetOperand } : {}) };
}

/**
 * The CID of each glyph of a CID-keyed CFF table, by glyph id (read from its charset).
 *
 * @throws {Error} When the table is not CID-keyed or its charset is malformed.
 */
export function readCids(cff: Uint8Array): number[] {
  return readCharset(cff, readCffTop(cff)).cids;
}

/** The charset of a CID-keyed CFF table: the CID of each glyph, and the span [start, end) its bytes take. */
function readCharset(cff: Uint8Array, top: CffTop): { cids: number[]; start: number; end: number } {
  if (!top.cidKeyed || top.charsetOperand === undefined) throw new Error('not a CID-keyed CFF with a charset offset');
  const view = new DataView(cff.buffer, cff.byteOffset, cff.byteLength);
  const start = view.getInt32(top.charsetOperand);
  let at = start;
  const format = view.getUint8(at++);
  const cids = [0];
  while (cids.length < top.glyphs) {
    if (format === 0) {
      cids.push(view.getUint16(at));
      at += 2;
    } else if (format === 1 || format === 2) {
      const first = view.getUint16(at);
      const left = format === 1 ? view.getUint8(at + 2) : view.getUint16(at + 2);
      for (let i = 0; i <= left; i++) cids.push(first + i);
      at += format === 1 ? 3 : 4;
    } else throw new Error(`unknown CFF charset format ${format}`);
  }
  return { cids: cids.slice(0, top.glyphs), start, end: at };
}

/** The bytes of a charset giving glyph i the CID `cids[i]` (glyph 0 is always CID 0): format 0 or 2, whichever is shorter. */
function charset(cids: readonly number[]): Uint8Array {
  const ranges: [number, number][] = [];
  for (let i = 1; i < cids.length; i++) {
    const cid = cids[i] ?? 0;
    const last = ranges.at(-1);
    if (last && last[0] + last[1] + 1 === cid) last[1]++;
    else ranges.push([cid, 0]);
  }
  const format0 = 1 + 2 * (cids.length - 1);
  const format2 = 1 + 4 * ranges.length;
  const out = new Uint8Array(Math.min(format0, format2));
  const view = new DataView(out.buffer);
  if (format2 < format0) {
    view.setUint8(0, 2);
    ranges.forEach(([first, left], i) => {
      view.setUint16(1 + 4 * i, first);
      view.setUint16(3 + 4 * i, left);
    });
  } else {
    view.setUint8(0, 0);
    for (let i = 1; i < cids.length; i++) view.setUint16(1 + 2 * (i - 1), cids[i] ?? 0);
  }
  return out;
}

/**
 * A CID-keyed CFF table whose charset gives each glyph the CID asked for. The table itself when
 * its charset says so already (hb-subset keeps the face's CIDs, and the bundled faces' CIDs are
 * their glyph ids); otherwise the new charset overwrites the old one when it fits (the bytes left
 * over zeroed: nothing points at them), or goes after the table's end, the Top DICT's charset
 * offset, a 32-bit operand, pointing at it.
 *
 * @param cff The CFF table (as {@link readCffTop} read it).
 * @param top Its Top DICT.
 * @param cids The CID of each glyph, by glyph id; as many as the CFF has glyphs.
 * @returns The table, or a new one.
 */
export function withCharset(cff: Uint8Array, top: CffTop, cids: readonly number[]): Uint8Array {
  if (!top.cidKeyed || top.charsetOperand === undefined || cids.length !== top.glyphs) throw new Error('cannot rewrite this CFF charset');
  const old = readCharset(cff, top);
  if (old.cids.every((cid, i) => cid === cids[i])) return cff;
  const added = charset(cids);
  if (old.start > 0 && added.byteLength <= old.end - old.start) {
    const out = cff.slice();
    out.set(added, old.start);
    out.fill(0, old.start + added.byteLength, old.end);
    return out;
  }
  const out = new Uint8Array(cff.byteLength + added.byteLength);
  out.set(cff, 0);
  out.set(added, cff.byteLength);
  new DataView(out.buffer).setInt32(top.charsetOperand, cff.byteLength);
  return out;
}
