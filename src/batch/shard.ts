import { createHash } from 'node:crypto';
import path from 'node:path';

/** One part of a split input set: `index` of `count`, both from 1 (`--shard 2/3`). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * Reads `K/N` (1 ≤ K ≤ N).
 *
 * @param text What the user wrote, e.g. `2/3`.
 * @returns The shard, or `undefined` when the text is not a valid `K/N`.
 */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}

/** The deepest folder that holds every file (the files' own folder when there is one file). */
export function commonBase(files: readonly string[]): string {
  const [first, ...rest] = files.map((f) => path.dirname(path.resolve(f)).split(path.sep));
  if (!first) return path.resolve('.');
  let length = first.length;
  for (const parts of rest) {
    let i = 0;
    while (i < length && parts[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length).join(path.sep) || path.sep;
}

/**
 * Which shard (1…count) a file falls in: a hash of its path relative to the base folder, with `/`
 * separators, so every CI job of a matrix — whatever its machine, checkout folder or the order
 * the files were listed in — puts it in the same part. A hash rather than dealing the sorted list
 * out in turn keeps an issue in its shard as the archive grows, so a per-shard output cache stays valid.
 */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash('sha256').update(relativePath.split(path.sep).join('/')).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/**
 * The files of one shard, in their given order. The parts of 1/N … N/N are disjoint and together
 * hold every file once.
 *
 * @param files Absolute paths of the whole input set.
 * @param shard The part wanted.
 */
export function selectShard(files: readonly string[], shard: Shard): string[] {
  const base = commonBase(files);
  return files.filter((f) => shardOf(path.relative(base, f), shard.count) === shard.index);
}
