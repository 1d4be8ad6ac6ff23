import { LIMITS } from './limits.js';
import { readRegularFile } from './readRegularFile.js';

/** The outcome of {@link readImageFile}. */
export type ImageFileRead =
  | { readonly kind: 'bytes'; readonly bytes: Buffer }
  /** Not a regular file: a folder, or a device, FIFO or socket (which could block or never end). */
  | { readonly kind: 'folder' | 'special' }
  /** Larger than {@link LIMITS.imageBytes}. */
  | { readonly kind: 'too-large'; readonly size: number };

/**
 * Read a whole picture file, refusing before reading anything what is not a regular file of at
 * most {@link LIMITS.imageBytes} (see {@link readRegularFile}).
 *
 * @param file Absolute path.
 * @returns The bytes, or why they were not read. Errors of the file system (missing,
 *   permission denied) are thrown, with their `code`.
 */
export async function readImageFile(file: string): Promise<ImageFileRead> {
  const read = await readRegularFile(file, LIMITS.imageBytes);
  return read.kind === 'not-a-file' ? { kind: read.type === 'folder' ? 'folder' : 'special' } : read;
}
