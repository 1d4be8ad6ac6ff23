import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { LIMITS } from './limits.js';

/** The outcome of {@link readImageFile}. */
export type ImageFileRead =
  | { readonly kind: 'bytes'; readonly bytes: Buffer }
  /** Not a regular file: a folder, or a device, FIFO or socket (which could block or never end). */
  | { readonly kind: 'folder' | 'special' }
  /** Larger than {@link LIMITS.imageBytes}. */
  | { readonly kind: 'too-large'; readonly size: number };

/**
 * Read a whole picture file, refusing before reading anything what is not a regular file of at
 * most {@link LIMITS.imageBytes}. The file is opened without blocking, so a FIFO does not wait
 * for a writer, and checked on the open handle (fstat), so what is read is what was checked.
 * A file that grows while being read is cut at the limit and so found damaged later.
 *
 * @param file Absolute path.
 * @returns The bytes, or why they were not read. Errors of the file system (missing,
 *   permission denied) are thrown, with their `code`.
 */
export async function readImageFile(file: string): Promise<ImageFileRead> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { kind: 'folder' };
    if (!stat.isFile()) return { kind: 'special' };
    if (stat.size > LIMITS.imageBytes) return { kind: 'too-large', size: stat.size };
    const bytes = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { kind: 'bytes', bytes: bytes.subarray(0, filled) };
  } finally {
    await handle.close();
  }
}
