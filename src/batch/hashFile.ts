import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

// Fonts are megabytes and every issue of a batch uses the same few: hash each once per process,
// again only when its size or modification time changes.
const memo = new Map<string, { readonly stamp: string; readonly hash: string }>();

/** A SHA-256 of bytes or text, in hex. */
export function hashBytes(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The SHA-256 of a file's content, in hex, or `undefined` when it cannot be read or is not a regular file.
 * Content, not dates: a fresh checkout in CI gives every file a new date but the same bytes.
 */
export async function hashFile(file: string): Promise<string | undefined> {
  try {
    const s = await stat(file);
    // A picture or font replaced by a pipe or a device would hang the read or never end: such an
    // input has no hash, so the issue is rebuilt and the reader reports it.
    if (!s.isFile()) return undefined;
    const stamp = `${s.size}:${s.mtimeMs}:${s.ino}`;
    const known = memo.get(file);
    if (known?.stamp === stamp) return known.hash;
    const hash = hashBytes(await readFile(file));
    memo.set(file, { stamp, hash });
    return hash;
  } catch {
    return undefined;
  }
}
