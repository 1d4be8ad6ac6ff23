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

/**
 * The bytes of a font file: the file is opened first and its handle checked, so a path swapped
 * for a pipe or a device between a check and the read cannot hang or flood the reader; only a
 * regular file of at most {@link MAX_FONT_BYTES} is read, and never more than one byte past that.
 *
 * @throws FontFileError when the file is missing, not a regular file, too large or unreadable.
 */
export function readFontFile(path: string): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FontFileError(path, 'not-a-file');
    if (stats.size > MAX_FONT_BYTES) throw new FontFileError(path, 'too-large');
    // The file may grow between fstat and read: read until its end, never past the limit plus one byte.
    const chunks: Buffer[] = [];
    let total = 0;
    let chunkSize = stats.size + 1;
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
  } catch (error) {
    if (error instanceof FontFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // A socket, or a device without a driver, cannot even be opened.
    throw new FontFileError(path, code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : code === 'ENXIO' || code === 'EISDIR' ? 'not-a-file' : 'unreadable');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
