import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fontkit } from '../../fonts/fontkit.js';
import subsetFont from 'subset-font';
import { diagnostic, m } from '../../diagnostics/diagnostic.js';
import { DiagnosticError } from '../../diagnostics/diagnosticError.js';
import { readFontFile } from '../../fonts/fontFile.js';
import type { LoadedFont } from '../../fonts/loadFont.js';
import { extractFace } from './extractFace.js';

/** Makes a WOFF2 font holding only the characters of `text` (and what layout features reach). */
export type Woff2Encoder = (font: Uint8Array, text: string) => Promise<Uint8Array>;

/** harfbuzz's hb-subset (wasm, via subset-font), keeping every layout feature: `fwid`, `halt`, `chws`, `locl`. */
export const encodeWoff2: Woff2Encoder = (font, text) =>
  subsetFont(Buffer.from(font.buffer, font.byteOffset, font.byteLength), text, { targetFormat: 'woff2' });

export interface SubsetCacheOptions {
  /** Folder of the subset cache (created when missing). */
  readonly cacheDir: string;
  /** The encoder (optional, default {@link encodeWoff2}); tests wrap it to count calls. */
  readonly encode?: Woff2Encoder;
}

// Bump when the encoder's output for the same input changes, so old cache entries are not used.
const CACHE_VERSION = 'woff2-v1';

/** A font's own bytes (one face, even from a collection) and their hash, once per process. */
const sources = new Map<string, Promise<{ bytes: Uint8Array; hash: string }>>();

/**
 * Reads the font again (the face in memory is parsed, not its bytes), through the same checks as
 * the first read: the file may have been removed, replaced or swapped for a pipe since.
 *
 * @throws {DiagnosticError} When the file is no longer a usable font (rule `fonts/changed`).
 */
async function readSource(font: LoadedFont): Promise<{ bytes: Uint8Array; hash: string }> {
  try {
    const read = readFontFile(font.file);
    const file = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
    const opened = fontkit().create(read);
    let bytes: Uint8Array = file;
    if ('fonts' in opened) {
      const index = opened.fonts.findIndex((f) => f.postscriptName === font.postscriptName);
      if (index < 0) throw new Error(`${font.file} has no face named ${font.postscriptName}`);
      bytes = extractFace(file, index);
    }
    return { bytes, hash: createHash('sha256').update(bytes).digest('hex') };
  } catch {
    throw new DiagnosticError(
      diagnostic(
        { file: font.file, line: 0, column: 0, severity: 'error', rule: 'fonts/changed' },
        m('fonts.changed', { file: font.file }),
        m('fonts.changed-hint'),
      ),
    );
  }
}

function source(font: LoadedFont): Promise<{ bytes: Uint8Array; hash: string }> {
  const key = `${font.file}#${font.postscriptName}`;
  let found = sources.get(key);
  if (!found) {
    // A failed read is not kept: once the file is back, the next build (in `watch`) reads it again.
    found = readSource(font).catch((error: unknown) => {
      sources.delete(key);
      throw error;
    });
    sources.set(key, found);
  }
  return found;
}

export { defaultCacheDir } from '../../cacheDir.js';

/**
 * A WOFF2 subset of `font` for `text`, from the cache when the same font bytes were subset to the
 * same characters before (the key is a hash of both), else encoded and stored. A cache that
 * cannot be written (read-only folder) only costs the time to encode again.
 *
 * @param font The font, as the typesetter resolved it.
 * @param text The characters to keep.
 * @param options The cache folder and the encoder.
 * @returns The WOFF2 bytes.
 */
export async function woff2Subset(font: LoadedFont, text: string, options: SubsetCacheOptions): Promise<Uint8Array> {
  const { bytes, hash } = await source(font);
  const key = createHash('sha256').update(`${CACHE_VERSION}\0${hash}\0${text}`).digest('hex');
  const path = join(options.cacheDir, 'woff2', `${key}.woff2`);
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    // Not cached yet: encode below.
  }
  const woff2 = await (options.encode ?? encodeWoff2)(bytes, text);
  await store(path, woff2);
  return woff2;
}

/**
 * Puts an entry in the cache through a temporary file and a rename, so a parallel build never
 * reads half an entry. A cache that cannot be written only costs encoding again next time.
 */
async function store(path: string, data: Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, data);
    await rename(temp, path);
  } catch {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}
