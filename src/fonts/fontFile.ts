import { readFileSync, statSync } from 'node:fs';

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

/** The bytes of a font file, read only when {@link checkFontFile} allows it. */
export function readFontFile(path: string): Buffer {
  checkFontFile(path);
  try {
    const bytes = readFileSync(path);
    // The file may have grown since it was checked.
    if (bytes.length > MAX_FONT_BYTES) throw new FontFileError(path, 'too-large');
    return bytes;
  } catch (error) {
    if (error instanceof FontFileError) throw error;
    throw new FontFileError(path, 'unreadable');
  }
}
