import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where an entry of the font subset cache is: one cache for the PDF and the HTML, in the cache
 * folder (src/cacheDir.ts), `subsets/<sha256>`, keyed by what was made (`kind`, which carries its
 * own version), the face's content hash and what was kept (glyph ids or characters).
 *
 * @param cacheDir The cache folder.
 * @param kind What is made, e.g. `pdf-program-v1` or `woff2-q9-v2`: bump it when the output of the same input changes.
 * @param faceHash The face's SHA-256 (sfntFace.ts).
 * @param kept The glyph ids or characters kept, in a canonical order.
 */
export function subsetCachePath(cacheDir: string, kind: string, faceHash: string, kept: string): string {
  const key = createHash('sha256').update(`${kind}\0${faceHash}\0${kept}`).digest('hex');
  return join(cacheDir, 'subsets', key.slice(0, 2), key);
}

/** The entry at `path`, or undefined when there is none (or it cannot be read). */
export function readCachedSubset(path: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return undefined;
  }
}

/**
 * Puts an entry in the cache, only ever whole (temporary file, then rename), so parallel builds
 * share it safely. A cache that cannot be written (read-only folder, full disk) only costs
 * making the entry again next time.
 */
export function storeSubset(path: string, data: Uint8Array): void {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Left behind; the build does not depend on it.
    }
  }
}

/**
 * An entry of the subset cache ({@link subsetCachePath}), made and stored on a miss.
 *
 * @param cacheDir The cache folder; without one, nothing is cached.
 * @param make Makes the entry on a miss.
 */
export function cachedSubset(cacheDir: string | undefined, kind: string, faceHash: string, kept: string, make: () => Uint8Array): Uint8Array {
  if (cacheDir === undefined) return make();
  const path = subsetCachePath(cacheDir, kind, faceHash, kept);
  const cached = readCachedSubset(path);
  if (cached) return cached;
  const made = make();
  storeSubset(path, made);
  return made;
}
