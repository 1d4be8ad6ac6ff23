import { createInflate, crc32 } from 'node:zlib';
import type { ImageDamage } from './imageDamage.js';
import { LIMITS } from './limits.js';

/** What a PNG's header says, once its chunks are known to be sound. */
export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
  readonly interlaced: boolean;
  /** Bytes of the pixel data once inflated: every row with its filter byte (PNG spec 7.2, 8.2). */
  readonly dataBytes: number;
}

/** The outcome of {@link checkPngChunks}: the header and the IDAT payloads, or the damage. */
export type PngChunks =
  | { readonly kind: 'png'; readonly header: PngHeader; readonly data: readonly Uint8Array[] }
  | { readonly kind: 'damaged'; readonly damage: ImageDamage };

// Bit depths allowed for each colour type (PNG spec, table 11.1).
const depths: Readonly<Record<number, readonly number[]>> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const channels: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
// Adam7 passes: first column, first row, column step, row step (PNG spec 8.2).
const adam7 = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;

const damaged = (key: ImageDamage['key'], params: ImageDamage['params'] = {}): PngChunks => ({ kind: 'damaged', damage: { key, params } });

/**
 * Check a whole PNG file's chunk structure without decoding it: signature, every chunk's length
 * and CRC, IHDR first and valid, PLTE where a palette needs it, consecutive IDAT chunks, IEND.
 * Also refuses what pdfkit cannot embed (its PNG decoder, png-js, handles only whole bytes per
 * pixel when it must decode: interlaced or palette-with-transparency images below 8 bits) and
 * what passes the limits on pixels and, for the PNGs pdfkit decodes, on the inflated data, so
 * nothing large is inflated.
 *
 * @param bytes The whole file.
 * @returns The header and the image data chunks, or what is wrong.
 */
export function checkPngChunks(bytes: Uint8Array): PngChunks {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: PngHeader | undefined;
  let palette = false;
  let transparency = false;
  const data: Uint8Array[] = [];
  let dataEnded = false;
  for (let at = 8; ; ) {
    if (at === bytes.length) return damaged('limits.png-missing', { chunk: 'IEND' });
    if (at + 12 > bytes.length) return damaged('limits.png-truncated', { offset: at });
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (length > 0x7fffffff || at + 12 + length > bytes.length) return damaged('limits.png-truncated', { offset: at });
    if (!/^[A-Za-z]{4}$/.test(type)) return damaged('limits.png-chunk', { offset: at });
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) return damaged('limits.png-crc', { chunk: type, offset: at });
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (header === undefined) {
      if (type !== 'IHDR' || length !== 13) return damaged('limits.png-order', { chunk: 'IHDR' });
      const parsed = readHeader(body);
      if ('key' in parsed) return { kind: 'damaged', damage: parsed };
      header = parsed;
      at += 12 + length;
      continue;
    }
    if (data.length > 0 && type !== 'IDAT') dataEnded = true;
    switch (type) {
      case 'IHDR':
        return damaged('limits.png-order', { chunk: 'IHDR' });
      case 'PLTE':
        if (length === 0 || length % 3 !== 0 || length > 768 || data.length > 0) return damaged('limits.png-order', { chunk: 'PLTE' });
        palette = true;
        break;
      case 'tRNS':
        transparency = true;
        break;
      case 'IDAT':
        if (dataEnded) return damaged('limits.png-order', { chunk: 'IDAT' });
        data.push(body);
        break;
      case 'IEND':
        if (data.length === 0) return damaged('limits.png-missing', { chunk: 'IDAT' });
        if (header.colourType === 3 && !palette) return damaged('limits.png-missing', { chunk: 'PLTE' });
        // pdfkit decodes these to embed them (png-js), whole bytes per pixel only, all in memory.
        if (header.interlaced || header.colourType === 4 || header.colourType === 6 || (header.colourType === 3 && transparency)) {
          if (header.bitDepth < 8) return damaged('limits.png-unsupported', { bits: header.bitDepth });
          if (header.dataBytes > LIMITS.pngDecodedBytes) {
            return damaged('limits.png-data-bytes', { megabytes: Math.ceil(header.dataBytes / 2 ** 20), limit: LIMITS.pngDecodedBytes / 2 ** 20 });
          }
        }
        return { kind: 'png', header, data };
    }
    at += 12 + length;
  }
}

function readHeader(body: Uint8Array): PngHeader | ImageDamage {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const width = view.getUint32(0);
  const height = view.getUint32(4);
  const [bitDepth = 0, colourType = 0, compression, filter, interlace] = body.subarray(8, 13);
  const valid =
    width > 0 && height > 0 && width <= 0x7fffffff && height <= 0x7fffffff && (depths[colourType] ?? []).includes(bitDepth) && compression === 0 && filter === 0 && (interlace === 0 || interlace === 1);
  if (!valid) return { key: 'limits.png-header', params: { bits: bitDepth, type: colourType } };
  if (width * height > LIMITS.imagePixels) {
    return { key: 'limits.image-pixels', params: { width, height, megapixels: Math.ceil((width * height) / 1e6), limit: LIMITS.imagePixels / 1e6 } };
  }
  const bitsPerPixel = (channels[colourType] ?? 1) * bitDepth;
  const rows = (w: number, h: number): number => (w === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8)));
  const dataBytes =
    interlace === 1
      ? adam7.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil(Math.max(0, width - x0) / dx), Math.ceil(Math.max(0, height - y0) / dy)), 0)
      : rows(width, height);
  return { width, height, bitDepth, colourType, interlaced: interlace === 1, dataBytes };
}

/**
 * The length of every row of the pixel data, filter byte included, in the order they come.
 */
function* rowLengths(header: PngHeader): Generator<number> {
  const bitsPerPixel = (channels[header.colourType] ?? 1) * header.bitDepth;
  const passes = header.interlaced ? adam7 : ([[0, 0, 1, 1]] as const);
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil(Math.max(0, header.width - x0) / dx);
    const h = Math.ceil(Math.max(0, header.height - y0) / dy);
    if (w === 0) continue;
    for (let r = 0; r < h; r++) yield 1 + Math.ceil((w * bitsPerPixel) / 8);
  }
}

/**
 * Inflate a PNG's image data as a stream, keeping none of it: it must inflate to exactly the
 * size its header implies, each row starting with a known filter type (0–4). Inflating stops
 * as soon as the data passes that size, so a "PNG bomb" (a few MB inflating to gigabytes)
 * costs no memory and little time; the header's size was checked against the limits before.
 *
 * @param header The checked header ({@link checkPngChunks}).
 * @param data The IDAT payloads, in order.
 * @returns The damage, or `undefined` when the data is sound.
 */
export function checkPngData(header: PngHeader, data: readonly Uint8Array[]): Promise<ImageDamage | undefined> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    const rows = rowLengths(header);
    let total = 0;
    let nextRow = 0; // offset of the next filter byte in the inflated data
    let done = false;
    const finish = (damage: ImageDamage | undefined): void => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(damage);
    };
    inflate.on('data', (chunk: Buffer) => {
      if (done) return;
      const start = total;
      total += chunk.length;
      if (total > header.dataBytes) return finish({ key: 'limits.png-data-long', params: {} });
      while (nextRow < total) {
        if ((chunk[nextRow - start] ?? 0) > 4) return finish({ key: 'limits.png-data-corrupt', params: {} });
        nextRow += rows.next().value ?? Infinity;
      }
    });
    // zlib says Z_BUF_ERROR ("unexpected end of file") for a stream cut short, else the data is bad.
    inflate.on('error', (error: NodeJS.ErrnoException) => finish({ key: error.code === 'Z_BUF_ERROR' ? 'limits.png-data-short' : 'limits.png-data-corrupt', params: {} }));
    inflate.on('end', () => finish(total < header.dataBytes ? { key: 'limits.png-data-short', params: {} } : undefined));
    for (const part of data) inflate.write(part);
    inflate.end();
  });
}

/**
 * The colour key of a grey or RGB PNG (its tRNS chunk: the sample values drawn transparent),
 * one value per colour component, or `undefined` when it has none. pdfkit's PNG reader takes
 * these 2-byte values byte by byte (a 12-number /Mask for RGB, the high byte for grey), so the
 * PDF renderer sets them from here.
 *
 * @param bytes A whole PNG file that passed {@link checkPngChunks}.
 * @returns The key's values, in the range of the image's samples.
 */
export function pngColourKey(bytes: Uint8Array): readonly number[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const colourType = bytes[25];
  if (String.fromCharCode(...bytes.subarray(1, 4)) !== 'PNG' || (colourType !== 0 && colourType !== 2)) return undefined;
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT' || type === 'IEND') return undefined;
    if (type === 'tRNS' && length === (colourType === 0 ? 2 : 6)) {
      return Array.from({ length: length / 2 }, (_, i) => view.getUint16(at + 8 + 2 * i));
    }
    at += 12 + length;
  }
  return undefined;
}
