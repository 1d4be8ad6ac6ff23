import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

/**
 * The largest font file bulletin reads (README "Fonts"). The largest CJK fonts in common use
 * (Source Han/Noto CJK collections, SimSun-ExtB) are 20–40 MB; past this a file is refused rather
 * than read, so a device or a runaway file cannot fill the memory.
 */
export const MAX_FONT_BYTES = 64 * 1024 * 1024;

/** Why a font file cannot be used. */
export type FontFileProblem = 'missing' | 'not-a-file' | 'too-large' | 'unreadable' | 'not-a-font';

/** A font file bulletin will not open, and why. */
export class FontFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: FontFileProblem,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'FontFileError';
  }
}

/**
 * Checks that `path` is a regular file of at most {@link MAX_FONT_BYTES}, without opening it (a FIFO
 * would block the open itself), and returns its size.
 */
export function checkFontFile(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new FontFileError(path, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable');
  }
  if (!stats.isFile()) throw new FontFileError(path, 'not-a-file');
  if (stats.size > MAX_FONT_BYTES) throw new FontFileError(path, 'too-large');
  return stats.size;
}

// O_NONBLOCK lets a named pipe open at once (no writer needed), so that fstat can refuse it;
// Windows has no such flag and no such pipes in the file system.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** An open font file: its size, and a positioned read of exactly `length` bytes. */
interface OpenFontFile {
  readonly fd: number;
  readonly size: number;
  /** @throws FontFileError (`not-a-font`) when the file ends first. */
  read(at: number, length: number): Buffer;
}

/**
 * Runs `use` on the font file at `path`, opened first and its handle checked, so a path swapped
 * for a pipe or a device between a check and the read cannot hang or flood the reader: only a
 * regular file of at most {@link MAX_FONT_BYTES} is used. The file is closed whatever happens.
 *
 * @throws FontFileError when the file is missing, not a regular file, too large or unreadable,
 *   and whatever FontFileError `use` throws.
 */
function withFontFile<T>(path: string, use: (file: OpenFontFile) => T): T {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FontFileError(path, 'not-a-file');
    if (stats.size > MAX_FONT_BYTES) throw new FontFileError(path, 'too-large');
    const open = fd;
    return use({
      fd: open,
      size: stats.size,
      read(at, length) {
        const bytes = Buffer.alloc(length);
        if (readSync(open, bytes, 0, length, at) !== length) throw new FontFileError(path, 'not-a-font');
        return bytes;
      },
    });
  } catch (error) {
    if (error instanceof FontFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // A socket, or a device without a driver, cannot even be opened.
    throw new FontFileError(path, code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'ENXIO' || code === 'EISDIR' ? 'not-a-file' : 'unreadable');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The bytes of a font file (see {@link withFontFile}); never more than one byte past
 * {@link MAX_FONT_BYTES} is read.
 *
 * @throws FontFileError when the file is missing, not a regular file, too large or unreadable.
 */
export function readFontFile(path: string): Buffer {
  return withFontFile(path, ({ fd, size }) => {
    // The file may grow between fstat and read: read until its end, never past the limit plus one byte.
    const chunks: Buffer[] = [];
    let total = 0;
    let chunkSize = size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, MAX_FONT_BYTES + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > MAX_FONT_BYTES) throw new FontFileError(path, 'too-large');
      chunkSize = 64 * 1024;
    }
    return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks);
  });
}

/**
 * A standalone sfnt holding only the tables `tags` of the font file at `path` (a single face, not
 * a collection), read where they lie: the metrics of a 12 MB CJK face are a few hundred KB of it.
 * The same checks as {@link readFontFile}; a table past the end of the file is left out.
 *
 * @throws FontFileError when the file is missing, not a regular file, too large, unreadable or
 *   too short to be a font.
 */
export function readFontTables(path: string, tags: readonly string[]): Buffer {
  return withFontFile(path, ({ size, read }) => {
    const header = read(0, 12);
    const records = read(12, 16 * header.readUInt16BE(4));
    const found: { record: Buffer; offset: number; length: number }[] = [];
    for (let at = 0; at < records.length; at += 16) {
      const offset = records.readUInt32BE(at + 8);
      const length = records.readUInt32BE(at + 12);
      if (tags.includes(records.toString('latin1', at, at + 4)) && offset + length <= size) found.push({ record: records.subarray(at, at + 16), offset, length });
    }
    // The tables follow the directory, each at a four-byte boundary, as in any sfnt.
    const parts: Buffer[] = [header.subarray(0, 4), Buffer.from([found.length >> 8, found.length & 0xff, 0, 0, 0, 0, 0, 0])];
    let offset = 12 + 16 * found.length;
    for (const table of found) {
      const record = Buffer.from(table.record);
      record.writeUInt32BE(offset, 8);
      parts.push(record);
      offset += (table.length + 3) & ~3;
    }
    for (const table of found) parts.push(read(table.offset, table.length), Buffer.alloc(((table.length + 3) & ~3) - table.length));
    return Buffer.concat(parts);
  });
}

/**
 * The first `length` bytes (fewer if it is shorter) of the table `tag` of the single-face font
 * file at `path`, read where it lies: what a table's header says without reading a 3 MB table.
 * Undefined for a collection or a font without the table. The same checks as {@link readFontFile}.
 *
 * @throws FontFileError when the file is missing, not a regular file, too large, unreadable or
 *   too short to be a font.
 */
export function readFontTableStart(path: string, tag: string, length: number): Buffer | undefined {
  return withFontFile(path, ({ size, read }) => {
    const header = read(0, 12);
    if (header.toString('latin1', 0, 4) === 'ttcf') return undefined;
    const records = read(12, 16 * header.readUInt16BE(4));
    for (let at = 0; at < records.length; at += 16) {
      if (records.toString('latin1', at, at + 4) !== tag) continue;
      const offset = records.readUInt32BE(at + 8);
      const bytes = Math.min(length, records.readUInt32BE(at + 12));
      return offset + bytes <= size ? read(offset, bytes) : undefined;
    }
    return undefined;
  });
}
