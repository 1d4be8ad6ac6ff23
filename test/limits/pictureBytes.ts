import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

// Hostile and damaged pictures, made at test time (no bombs committed): PNG chunks with valid
// CRCs (PNG spec 5.3), and a deflate stream that inflates to far more than its size.

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG chunk: length, type, data, CRC of type and data. */
export function chunk(type: string, data: Uint8Array = new Uint8Array(0)): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/** An IHDR payload. */
export function ihdr(width: number, height: number, colourType = 6, bits = 8, interlace = 0): Buffer {
  const body = Buffer.alloc(13);
  body.writeUInt32BE(width, 0);
  body.writeUInt32BE(height, 4);
  body[8] = bits;
  body[9] = colourType;
  body[12] = interlace;
  return body;
}

/** A PNG file of these chunks (the signature first). */
export function png(...chunks: Buffer[]): Buffer {
  return Buffer.concat([signature, ...chunks]);
}

/** A sound PNG of `width` × `height` pixels, each row filtered `None`. */
export function plainPng(width: number, height: number, colourType = 6, bits = 8): Buffer {
  const bytesPerRow = Math.ceil((width * ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colourType] ?? 1) * bits) / 8);
  const rows = Buffer.alloc(height * (1 + bytesPerRow), 0x7f);
  for (let r = 0; r < height; r++) rows[r * (1 + bytesPerRow)] = 0;
  const plte = colourType === 3 ? [chunk('PLTE', Buffer.from([0, 0, 0, 255, 255, 255]))] : [];
  return png(chunk('IHDR', ihdr(width, height, colourType, bits)), ...plte, chunk('IDAT', deflateSync(rows)), chunk('IEND'));
}

/**
 * A zlib stream of `megabytes` MB of zeros, about 1 KB per MB: one fully flushed raw block of
 * 1 MB, repeated (a full flush resets the dictionary, so each copy stands alone), then the
 * final block and the Adler-32 of the whole (for zeros: a = 1, b = n mod 65521).
 */
export function zeroBomb(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((megabytes * (1 << 20)) % 65521) * 65536 + 1) >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0x9c]), ...new Array<Buffer>(megabytes).fill(block), deflateRawSync(Buffer.alloc(0)), adler]);
}
