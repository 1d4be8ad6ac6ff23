import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkFontFile, readFontFile, readFontTables } from '../../fonts/fontFile.js';
import { keepRecent } from '../../fonts/keepRecent.js';
import { KEPT_FACES } from '../../fonts/loadFont.js';
import { packageRoot } from '../../packageRoot.js';
import { extractFace } from '../html/extractFace.js';

/** What the PDF's font dictionaries need of a face, read from its own tables (head, hhea, hmtx, OS/2). */
export interface FaceMetrics {
  readonly unitsPerEm: number;
  readonly bbox: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
  readonly ascent: number;
  readonly descent: number;
  /** OS/2 sCapHeight, or 0 when the font does not say. */
  readonly capHeight: number;
  /** OS/2 sxHeight, or 0 when the font does not say. */
  readonly xHeight: number;
  /** Whether the outlines are CFF (an OpenType 'OTTO' font), not TrueType glyf. */
  readonly cff: boolean;
  /** A glyph's advance in font units (hmtx; glyphs past the last long metric share its advance). */
  advance(gid: number): number;
}

/** One face's own bytes (a collection's face copied out), their SHA-256, hex, and its metrics. */
export interface FaceSource {
  /** Read on first use for a bundled face, whose hash and metrics need not read the whole file. */
  readonly bytes: Uint8Array;
  readonly hash: string;
  readonly metrics: FaceMetrics;
}

/** The table directory of an sfnt starting at `start`: tag → [offset, length]. */
export function sfntTables(view: DataView, start = 0): Map<string, readonly [number, number]> {
  const count = view.getUint16(start + 4);
  const tables = new Map<string, readonly [number, number]>();
  for (let i = 0; i < count; i++) {
    const record = start + 12 + 16 * i;
    const name = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > view.byteLength) throw new Error(`font table ${name} lies past the end of the file`);
    tables.set(name, [offset, length]);
  }
  return tables;
}

function table(tables: ReadonlyMap<string, readonly [number, number]>, name: string, least: number): number {
  const found = tables.get(name);
  if (!found || found[1] < least) throw new Error(`font has no usable ${name} table`);
  return found[0];
}

/**
 * Reads the metrics of a standalone face (see {@link readFace}).
 *
 * @throws {Error} When a table the PDF needs is missing or too short.
 */
export function faceMetrics(bytes: Uint8Array): FaceMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = sfntTables(view);
  const head = table(tables, 'head', 54);
  const hhea = table(tables, 'hhea', 36);
  const hmtx = table(tables, 'hmtx', 4);
  const longMetrics = Math.max(1, Math.min(view.getUint16(hhea + 34), (tables.get('hmtx')?.[1] ?? 0) >> 2));
  let capHeight = 0;
  let xHeight = 0;
  const os2 = tables.get('OS/2');
  // sxHeight and sCapHeight came with OS/2 version 2.
  if (os2 && os2[1] >= 92 && view.getUint16(os2[0]) >= 2) {
    xHeight = view.getInt16(os2[0] + 86);
    capHeight = view.getInt16(os2[0] + 88);
  }
  return {
    unitsPerEm: view.getUint16(head + 18),
    bbox: { minX: view.getInt16(head + 36), minY: view.getInt16(head + 38), maxX: view.getInt16(head + 40), maxY: view.getInt16(head + 42) },
    ascent: view.getInt16(hhea + 4),
    descent: view.getInt16(hhea + 6),
    capHeight,
    xHeight,
    cff: view.getUint32(0) === 0x4f54544f /* 'OTTO' */,
    advance: (gid) => view.getUint16(hmtx + 4 * Math.min(Math.max(gid, 0), longMetrics - 1)),
  };
}

/** The PostScript name (name ID 6) of the face whose table directory starts at `start`. */
function postscriptNameAt(view: DataView, start: number): string | undefined {
  const name = sfntTables(view, start).get('name');
  if (!name) return undefined;
  const [at, length] = name;
  const count = view.getUint16(at + 2);
  const strings = at + view.getUint16(at + 4);
  let found: string | undefined;
  for (let i = 0; i < count && 6 + 12 * (i + 1) <= length; i++) {
    const r = at + 6 + 12 * i;
    if (view.getUint16(r + 6) !== 6) continue;
    const platform = view.getUint16(r);
    const len = view.getUint16(r + 8);
    const from = strings + view.getUint16(r + 10);
    if (from + len > view.byteLength) continue;
    const raw = new Uint8Array(view.buffer, view.byteOffset + from, len);
    // Windows (3) and Unicode (0) names are UTF-16BE; Macintosh (1) names of PostScript are ASCII.
    const text = platform === 1 ? Buffer.from(raw).toString('latin1') : Buffer.from(raw).swap16().toString('utf16le');
    if (found === undefined || platform === 3) found = text;
  }
  return found;
}

/**
 * The standalone bytes of the face `postscriptName` of a font file (the file itself, or its face
 * copied out of a collection), through the same checks as the fonts' first read.
 *
 * @throws {FontFileError} When the file cannot be read (fontFile.ts).
 * @throws {Error} When a collection has no face of that name.
 */
function faceBytes(file: string, postscriptName: string): Uint8Array {
  const read = readFontFile(file);
  const bytes = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || view.getUint32(0) !== 0x74746366 /* 'ttcf' */) return bytes;
  const count = view.getUint32(8);
  for (let i = 0; i < count; i++) {
    if (postscriptNameAt(view, view.getUint32(12 + 4 * i)) === postscriptName) return extractFace(bytes, i);
  }
  throw new Error(`${file} has no face named ${postscriptName}`);
}

// The faces least recently asked for go past KEPT_FACES, as the parsed ones do (loadFont.ts).
const faces = new Map<string, FaceSource>();

/**
 * The face's bytes and hash, read once per process and thread (the PDF and the HTML of a build
 * share them, and so do the builds of a watch or a batch).
 *
 * @param file The font file.
 * @param postscriptName The face's PostScript name (chooses a collection's face).
 */
export function readFace(file: string, postscriptName: string): FaceSource {
  const key = `${file}\0${postscriptName}`;
  const face = faces.get(key) ?? bundledFace(file) ?? wholeFace(faceBytes(file, postscriptName));
  keepRecent(faces, key, face, KEPT_FACES);
  return face;
}

function wholeFace(bytes: Uint8Array): FaceSource {
  return { bytes, hash: createHash('sha256').update(bytes).digest('hex'), metrics: faceMetrics(bytes) };
}

// What faceMetrics reads.
const METRIC_TABLES = ['head', 'hhea', 'hmtx', 'OS/2'];

let bundledDigests: Readonly<Record<string, { readonly size: number; readonly sha256: string }>> | null | undefined;

/**
 * A bundled face whose digest the build recorded (dist/fonts/faces.json, scripts/faceDigests.mjs)
 * and whose file still has the size recorded: its metrics read from the four tables they come
 * from when asked for, its bytes only when a subset is made. `undefined` for any other font.
 */
function bundledFace(file: string): FaceSource | undefined {
  const root = packageRoot();
  const fonts = join(root, 'fonts');
  if (dirname(resolve(file)) !== fonts) return undefined;
  if (bundledDigests === undefined) {
    try {
      bundledDigests = JSON.parse(readFileSync(join(root, 'dist', 'fonts', 'faces.json'), 'utf8')) as typeof bundledDigests;
    } catch {
      bundledDigests = null;
    }
  }
  const digest = bundledDigests?.[basename(file)];
  if (digest === undefined || checkFontFile(file) !== digest.size) return undefined;
  let metrics: FaceMetrics | undefined;
  let bytes: Uint8Array | undefined;
  return {
    hash: digest.sha256,
    // Read when first asked for: the PDF needs them, a web page's subset only the hash.
    get metrics(): FaceMetrics {
      metrics ??= faceMetrics(readFontTables(file, METRIC_TABLES));
      return metrics;
    },
    get bytes(): Uint8Array {
      bytes ??= readFontFile(file);
      return bytes;
    },
  };
}

