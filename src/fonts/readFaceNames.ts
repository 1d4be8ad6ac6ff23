import { closeSync, openSync, readSync } from 'node:fs';

/** Broad style classes of Chinese type, for choosing a fallback face (docs/layout.md D.2). */
export type StyleClass = 'serif' | 'sans' | 'kai' | 'fangsong' | 'other';

/** What the font index keeps of one face: its names and enough to choose it as a fallback. */
export interface FaceNames {
  /** Index of the face in its file (0 unless a collection). */
  readonly index: number;
  readonly postscriptName: string;
  /** Family (name IDs 1 and 16), full (4) and PostScript (6) names in every language, deduplicated. */
  readonly names: readonly string[];
  /** Has Chinese, Japanese or Korean code pages or Unicode ranges (OS/2). */
  readonly cjk: boolean;
  readonly style: StyleClass;
}

const NAME_IDS = new Set([1, 4, 6, 16]);
// Beyond this a name table or table directory is not a font's: refuse it rather than read on.
const MAX_TABLE = 1 << 20;

function readAt(fd: number, offset: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const got = readSync(fd, buf, 0, length, offset);
  if (got < length) throw new Error('truncated font file');
  return buf;
}

function decodeName(platform: number, bytes: Buffer): string | undefined {
  // Windows (3) and Unicode (0) names are UTF-16BE; Macintosh Roman (1, 0) is close to Latin-1.
  if (platform === 3 || platform === 0) {
    const swapped = Buffer.from(bytes);
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (platform === 1) return bytes.toString('latin1');
  return undefined;
}

function readNames(fd: number, offset: number, length: number): { names: string[]; postscript?: string } {
  if (length > MAX_TABLE || length < 6) return { names: [] };
  const table = readAt(fd, offset, length);
  const count = table.readUInt16BE(2);
  const strings = table.readUInt16BE(4);
  const names: string[] = [];
  let postscript: string | undefined;
  for (let i = 0; i < count && 6 + i * 12 + 12 <= length; i++) {
    const r = 6 + i * 12;
    const platform = table.readUInt16BE(r);
    const encoding = table.readUInt16BE(r + 2);
    const id = table.readUInt16BE(r + 6);
    const len = table.readUInt16BE(r + 8);
    const at = strings + table.readUInt16BE(r + 10);
    if (!NAME_IDS.has(id) || at + len > length) continue;
    // Macintosh names in other scripts than Roman need their own decoders; their Windows twins suffice.
    if (platform === 1 && encoding !== 0) continue;
    const text = decodeName(platform, table.subarray(at, at + len))?.replace(/\0/g, '').trim();
    if (!text) continue;
    if (!names.includes(text)) names.push(text);
    if (id === 6 && (postscript === undefined || platform === 3)) postscript = text;
  }
  return postscript === undefined ? { names } : { names, postscript };
}

// OS/2 ulUnicodeRange bits of CJK blocks (Hangul 56, CJK Unified 59, CJK Compatibility 49, Kana 49/50,
// CJK Symbols 48) and ulCodePageRange1 bits 17–21 (JIS, GB 2312, Wansung, Big5, Johab).
function readCjk(fd: number, offset: number, length: number): boolean {
  if (length < 86) return false;
  const os2 = readAt(fd, offset, 86);
  const range2 = os2.readUInt32BE(46); // bits 32–63
  const cjkRanges = [48, 49, 50, 56, 59].some((bit) => (range2 >>> (bit - 32)) & 1);
  const codePages = os2.readUInt32BE(78);
  return cjkRanges || ((codePages >>> 17) & 0b11111) !== 0;
}

/**
 * The style class from the face's names, in Chinese and English (the names say what the panose
 * digits of CJK fonts rarely do): 楷/Kai, 仿宋/FangSong, 黑/Hei/Sans/Gothic, 宋/Song/Serif/Ming.
 */
export function styleClass(names: readonly string[]): StyleClass {
  const all = names.join('\n');
  if (/楷|kai/i.test(all)) return 'kai';
  if (/仿宋|fang ?song|fangsong/i.test(all)) return 'fangsong';
  if (/黑|雅黑|圆|hei|sans|gothic|goth|yahei|dengxian|等线|yuan/i.test(all)) return 'sans';
  if (/宋|明|song|serif|ming|mincho|batang|myeongjo|myungjo/i.test(all)) return 'serif';
  return 'other';
}

function readFace(fd: number, at: number, index: number): FaceNames | undefined {
  const header = readAt(fd, at, 12);
  const tag = header.readUInt32BE(0);
  // TrueType 1.0, 'true' (old Apple) or 'OTTO' (CFF).
  if (tag !== 0x00010000 && tag !== 0x74727565 && tag !== 0x4f54544f) return undefined;
  const numTables = header.readUInt16BE(4);
  if (numTables > 256) return undefined;
  const dir = readAt(fd, at + 12, numTables * 16);
  let names: { names: string[]; postscript?: string } = { names: [] };
  let cjk = false;
  for (let i = 0; i < numTables; i++) {
    const tableTag = dir.toString('latin1', i * 16, i * 16 + 4);
    const offset = dir.readUInt32BE(i * 16 + 8);
    const length = dir.readUInt32BE(i * 16 + 12);
    if (tableTag === 'name') names = readNames(fd, offset, length);
    else if (tableTag === 'OS/2') cjk = readCjk(fd, offset, length);
  }
  const postscriptName = names.postscript ?? names.names[0];
  if (postscriptName === undefined) return undefined;
  return { index, postscriptName, names: names.names, cjk, style: styleClass(names.names) };
}

/**
 * The names of every face of a font file (.ttf, .otf, or each face of a .ttc/.otc collection),
 * read from the table directory, `name` and the head of `OS/2` only: a few kilobytes of a file
 * that may hold tens of megabytes of outlines. Throws on a file that is not a font.
 *
 * @param path A regular file (the caller checks; see openFontFile).
 */
export function readFaceNames(path: string): FaceNames[] {
  const fd = openSync(path, 'r');
  try {
    const head = readAt(fd, 0, 12);
    if (head.toString('latin1', 0, 4) !== 'ttcf') {
      const face = readFace(fd, 0, 0);
      return face ? [face] : [];
    }
    const count = head.readUInt32BE(8);
    if (count > 1024) return [];
    const offsets = readAt(fd, 12, count * 4);
    const faces: FaceNames[] = [];
    for (let i = 0; i < count; i++) {
      const face = readFace(fd, offsets.readUInt32BE(i * 4), i);
      if (face) faces.push(face);
    }
    return faces;
  } finally {
    closeSync(fd);
  }
}
