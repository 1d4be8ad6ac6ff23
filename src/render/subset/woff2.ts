import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, type BrotliOptions } from 'node:zlib';
import { sfntTables } from './sfntFace.js';

const brotliCompressAsync = promisify(brotliCompress);

// WOFF 2.0 §5.1: a table whose tag is in this list is written as its index, others as 63 + tag.
const KNOWN_TAGS = [
  'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT',
  'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH',
  'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
  'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
];

/**
 * The Brotli quality of bulletin's WOFF2 fonts, measured on the reference issue's four subsets,
 * subset and encoded in a fresh process as a build does (bench/brotli.mjs, CPU ms): quality 5
 * gives 163.3 KB in 98 ms; 8 saves 0.3 KB for 46 ms more, 9 2 KB for 127 ms more; 10 and 11 save
 * 7 % for 5× and 11× the time, more than the whole `-f html` build may take; 4 is 4 % larger
 * and no faster.
 */
export const WOFF2_QUALITY = 5;

/** UIntBase128 (WOFF 2.0 §4.1): 7 bits a byte, most significant first, no leading zero byte. */
function base128(n: number): number[] {
  const out = [n & 0x7f];
  for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) out.unshift((v & 0x7f) | 0x80);
  return out;
}

/** An sfnt laid out for WOFF2, before compression: the table directory and the tables' data. */
interface Woff2Parts {
  readonly flavour: number;
  readonly tableCount: number;
  readonly directory: readonly number[];
  /** The tables one after another, unpadded (WOFF 2.0 §5.3), in the order of the directory. */
  readonly stream: Uint8Array;
  /** The size of the sfnt a decoder rebuilds (tables padded to 4 bytes). */
  readonly sfntSize: number;
}

function woff2Parts(sfnt: Uint8Array): Woff2Parts {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  // loca right after glyf, as WOFF 2.0 §5.1 asks of decoders' input; the rest in the sfnt's order.
  const tables = [...sfntTables(view)];
  const loca = tables.findIndex(([tag]) => tag === 'loca');
  if (loca >= 0) {
    const [entry] = tables.splice(loca, 1);
    const glyf = tables.findIndex(([tag]) => tag === 'glyf');
    if (entry) tables.splice(glyf < 0 ? tables.length : glyf + 1, 0, entry);
  }
  const directory: number[] = [];
  let data = 0;
  let sfntSize = 12 + 16 * tables.length;
  for (const [tag, [, length]] of tables) {
    const known = KNOWN_TAGS.indexOf(tag);
    const transform = tag === 'glyf' || tag === 'loca' ? 3 << 6 : 0;
    if (known >= 0) directory.push(known | transform);
    else directory.push(63 | transform, ...[...tag].map((c) => c.charCodeAt(0)));
    directory.push(...base128(length));
    data += length;
    sfntSize += (length + 3) & ~3;
  }
  const stream = new Uint8Array(data);
  let at = 0;
  for (const [, [offset, length]] of tables) {
    stream.set(sfnt.subarray(offset, offset + length), at);
    at += length;
  }
  return { flavour: view.getUint32(0), tableCount: tables.length, directory, stream, sfntSize };
}

function brotliOptions(parts: Woff2Parts, quality: number): BrotliOptions {
  return {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT,
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_SIZE_HINT]: parts.stream.byteLength,
    },
  };
}

function assembleWoff2(parts: Woff2Parts, compressed: Uint8Array): Uint8Array {
  const { directory } = parts;
  const headerSize = 48 + directory.length;
  const total = (headerSize + compressed.byteLength + 3) & ~3;
  const out = new Uint8Array(total);
  const header = new DataView(out.buffer);
  header.setUint32(0, 0x774f4632); // 'wOF2'
  header.setUint32(4, parts.flavour); // flavour: the sfnt's version
  header.setUint32(8, total);
  header.setUint16(12, parts.tableCount);
  header.setUint32(16, parts.sfntSize);
  header.setUint32(20, compressed.byteLength);
  header.setUint16(24, 1); // version 1.0 of the font file
  out.set(directory, 48);
  out.set(compressed, headerSize);
  return out;
}

/**
 * Wraps an sfnt (TrueType or CFF-flavoured OpenType) as WOFF2 with no table transform: every
 * table as it is (glyf and loca under transform version 3, the null transform), the whole
 * compressed as one Brotli stream in font mode. The glyf transform would save a few percent
 * more on TrueType outlines; CFF fonts, bulletin's Chinese faces, have no transform at all.
 *
 * @param sfnt The font.
 * @param quality Brotli quality, 0–11 (optional, default {@link WOFF2_QUALITY}).
 * @returns The WOFF2 file.
 */
export function sfntToWoff2(sfnt: Uint8Array, quality: number = WOFF2_QUALITY): Uint8Array {
  const parts = woff2Parts(sfnt);
  return assembleWoff2(parts, brotliCompressSync(parts.stream, brotliOptions(parts, quality)));
}

/**
 * {@link sfntToWoff2}, compressing on libuv's thread pool: the fonts of a page compress side by
 * side, and beside the main thread's work (hb-subset of the next face). The same bytes.
 *
 * @param sfnt The font.
 * @param quality Brotli quality, 0–11 (optional, default {@link WOFF2_QUALITY}).
 * @returns The WOFF2 file.
 */
export async function sfntToWoff2Async(sfnt: Uint8Array, quality: number = WOFF2_QUALITY): Promise<Uint8Array> {
  const parts = woff2Parts(sfnt);
  return assembleWoff2(parts, await brotliCompressAsync(parts.stream, brotliOptions(parts, quality)));
}
