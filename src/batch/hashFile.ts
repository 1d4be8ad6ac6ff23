import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

// Fonts are megabytes and every issue of a batch uses the same few: hash each once per process,
// again only when its size or modification time changes.
const memo = new Map<string, { readonly stamp: string; readonly hash: string }>();

/** A SHA-256 of bytes or text, in hex. */
export function hashBytes(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Bytes past which an input is not hashed: more than any input bulletin accepts (fonts, 64 MB). */
export const MAX_HASHED_BYTES = 64 * 1024 * 1024;

/**
 * The SHA-256 of a file's content, in hex, or `undefined` when it cannot be read, is not a regular
 * file or is larger than any input bulletin accepts (then the issue is rebuilt, and the reader
 * refuses the file at its place without reading it whole).
 * Content, not dates: a fresh checkout in CI gives every file a new date but the same bytes.
 */
export async function hashFile(file: string): Promise<string | undefined> {
  try {
    const s = await stat(file);
    // A picture or font replaced by a pipe or a device would hang the read or never end: such an
    // input has no hash, so the issue is rebuilt and the reader reports it.
    if (!s.isFile() || s.size > MAX_HASHED_BYTES) return undefined;
    const stamp = `${s.size}:${s.mtimeMs}:${s.ino}`;
    const known = memo.get(file);
    if (known?.stamp === stamp) return known.hash;
    const hash = await hashStream(file);
    memo.set(file, { stamp, hash });
    return hash;
  } catch {
    return undefined;
  }
}

// Streamed, so hashing a font of tens of megabytes never holds it whole; at most the limit is read
// even if the file grows meanwhile.
function hashStream(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file, { end: MAX_HASHED_BYTES })
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}
