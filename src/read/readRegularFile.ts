import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';

/** What a path is when it is not a regular file. */
export type NotAFileType = 'folder' | 'fifo' | 'socket' | 'device';

/** The outcome of {@link readRegularFile}. */
export type RegularFileRead =
  | { readonly kind: 'bytes'; readonly bytes: Buffer }
  /** A folder, or a device, FIFO or socket, which could block or never end: never read. */
  | { readonly kind: 'not-a-file'; readonly type: NotAFileType }
  /** Larger than the limit, as the file system says or as found while reading. */
  | { readonly kind: 'too-large'; readonly size: number };

// O_NONBLOCK lets a named pipe open at once (no writer needed), so that fstat can refuse it;
// Windows has no such flag and no such pipes in the file system.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of an input file (an issue, a bulletin.yaml, a picture), read only when it is a
 * regular file of at most `maxBytes`. The file is opened without blocking and checked on the open
 * handle (fstat), so what is read is what was checked; it is read to its end but never more than
 * one byte past the limit, even if it grows meanwhile.
 *
 * @param file Absolute path.
 * @param maxBytes The largest size accepted.
 * @returns The bytes, or why they were not read. Other errors of the file system (missing,
 *   permission denied) are thrown, with their `code`.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<RegularFileRead> {
  let handle: FileHandle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    // A socket, or a device without a driver, cannot even be opened.
    if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
    const isSocket = await stat(file).then((s) => s.isSocket(), () => false);
    return { kind: 'not-a-file', type: isSocket ? 'socket' : 'device' };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      return { kind: 'not-a-file', type: stats.isDirectory() ? 'folder' : stats.isFIFO() ? 'fifo' : stats.isSocket() ? 'socket' : 'device' };
    }
    if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size };
    const chunks: Buffer[] = [];
    let total = 0;
    let chunkSize = stats.size + 1;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { kind: 'too-large', size: total };
      chunkSize = 64 * 1024;
    }
    return { kind: 'bytes', bytes: chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
