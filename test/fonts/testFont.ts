import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { BUNDLED_FACES } from '../../src/fonts/fontCandidates.js';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';

// Fonts made at test time (STYLE.md 9: no font is committed for a test): the bundled Noto Sans
// Mono (TrueType, 33 KB, OFL) with a new `name` table, a `cmap` that maps extra characters to an
// existing glyph, and OS/2 code-page bits saying whether the face is Chinese. A small sfnt writer.

/** How a test face calls itself and what it covers beyond the mono face's Latin. */
export interface TestFontSpec {
  /** Family names by Windows language id: 0x0409 English, 0x0804 Chinese (PRC). */
  readonly family: Readonly<Record<number, string>>;
  readonly postscriptName: string;
  /** Characters the face maps beyond the mono face's own, e.g. 한 ㎡ ㉕ (at most 128). */
  readonly extra?: string;
  /** Sets the GB 2312 code-page bit, so the face counts as a Chinese one. */
  readonly cjk?: boolean;
}

interface Table {
  readonly tag: string;
  readonly data: Buffer;
}

function readTables(bytes: Buffer): Table[] {
  const count = bytes.readUInt16BE(4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const r = 12 + i * 16;
    const offset = bytes.readUInt32BE(r + 8);
    tables.push({ tag: bytes.toString('latin1', r, r + 4), data: Buffer.from(bytes.subarray(offset, offset + bytes.readUInt32BE(r + 12))) });
  }
  return tables;
}

function utf16be(text: string): Buffer {
  const b = Buffer.from(text, 'utf16le');
  b.swap16();
  return b;
}

function nameTable(spec: TestFontSpec): Buffer {
  const records: { lang: number; id: number; text: Buffer }[] = [];
  for (const [lang, family] of Object.entries(spec.family)) {
    for (const id of [1, 4, 16]) records.push({ lang: Number(lang), id, text: utf16be(family) });
  }
  records.push({ lang: 0x409, id: 2, text: utf16be('Regular') });
  records.push({ lang: 0x409, id: 6, text: utf16be(spec.postscriptName) });
  records.sort((a, b) => a.lang - b.lang || a.id - b.id);
  const header = Buffer.alloc(6 + records.length * 12);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  records.forEach((r, i) => {
    const at = 6 + i * 12;
    header.writeUInt16BE(3, at);
    header.writeUInt16BE(1, at + 2);
    header.writeUInt16BE(r.lang, at + 4);
    header.writeUInt16BE(r.id, at + 6);
    header.writeUInt16BE(r.text.length, at + 8);
    header.writeUInt16BE(offset, at + 10);
    offset += r.text.length;
  });
  return Buffer.concat([header, ...records.map((r) => r.text)]);
}

// One format 12 subtable (Windows, full Unicode): a group per code point is plenty for a test.
function cmapTable(map: ReadonlyMap<number, number>): Buffer {
  const pairs = [...map].sort((a, b) => a[0] - b[0]);
  const sub = Buffer.alloc(16 + pairs.length * 12);
  sub.writeUInt16BE(12, 0);
  sub.writeUInt32BE(sub.length, 4);
  sub.writeUInt32BE(pairs.length, 12);
  pairs.forEach(([cp, gid], i) => {
    sub.writeUInt32BE(cp, 16 + i * 12);
    sub.writeUInt32BE(cp, 20 + i * 12);
    sub.writeUInt32BE(gid, 24 + i * 12);
  });
  const head = Buffer.alloc(12);
  head.writeUInt16BE(1, 2);
  head.writeUInt16BE(3, 4);
  head.writeUInt16BE(10, 6);
  head.writeUInt32BE(12, 8);
  return Buffer.concat([head, sub]);
}

function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function writeSfnt(flavour: number, tables: readonly Table[]): Buffer {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = sorted.length;
  const header = Buffer.alloc(12 + n * 16);
  const pow = 2 ** Math.floor(Math.log2(n));
  header.writeUInt32BE(flavour, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(pow * 16, 6);
  header.writeUInt16BE(Math.log2(pow), 8);
  header.writeUInt16BE(n * 16 - pow * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  sorted.forEach((t, i) => {
    const r = 12 + i * 16;
    header.write(t.tag, r, 'latin1');
    header.writeUInt32BE(checksum(t.data), r + 4);
    header.writeUInt32BE(offset, r + 8);
    header.writeUInt32BE(t.data.length, r + 12);
    const padded = Buffer.concat([t.data, Buffer.alloc((4 - (t.data.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

/** The bytes of a TrueType test face made from the bundled mono face (see {@link TestFontSpec}). */
export function makeTestFont(spec: TestFontSpec): Buffer {
  const file = join(bundledFontDir(), BUNDLED_FACES.mono);
  const bytes = readFileSync(file);
  const source = fontkit.create(bytes) as fontkit.Font;
  const map = new Map<number, number>();
  for (const cp of source.characterSet) map.set(cp, source.glyphForCodePoint(cp).id);
  // Each extra character gets a glyph of its own (a box-drawing one: tests write none of those),
  // so that the PDF's ToUnicode map gives each back.
  let spare = 0x2500;
  for (const ch of spec.extra ?? '') {
    const cp = ch.codePointAt(0) ?? 0;
    if (!map.has(cp)) map.set(cp, source.glyphForCodePoint(spare++).id);
  }
  const tables = readTables(bytes).map((t): Table => {
    if (t.tag === 'name') return { tag: t.tag, data: nameTable(spec) };
    if (t.tag === 'cmap') return { tag: t.tag, data: cmapTable(map) };
    if (t.tag === 'OS/2' && spec.cjk) {
      const os2 = Buffer.from(t.data);
      os2.writeUInt32BE(os2.readUInt32BE(78) | (1 << 18), 78);
      return { tag: t.tag, data: os2 };
    }
    return t;
  });
  return writeSfnt(bytes.readUInt32BE(0), tables);
}
