import type { SourcePoint } from '../model/source.js';

/** A path into a meta source: keys of mappings and indexes of lists. */
export type MetaPath = readonly (string | number)[];

/**
 * One layer of issue metadata before validation (a bulletin.yaml, the front matter, or the
 * caller's overrides), with a way back to where each value was written.
 */
export interface MetaSource {
  /** The file messages point at. */
  readonly file: string;
  /** How messages name the layer: `front matter`, `bulletin.yaml`, `option`. */
  readonly label: string;
  /** The layer as plain data: usually a mapping, but anything the author wrote. */
  readonly data: unknown;
  /** Where the key (`key`) or the value (`value`) at `path` was written; the nearest known place otherwise. */
  locate(path: MetaPath, part: 'key' | 'value'): SourcePoint;
  /** The scalar at `path` exactly as written (so `postcode: 010000` keeps its zero), if any. */
  sourceText(path: MetaPath): string | undefined;
}

/** Whether a metadata value is a mapping (not a list, nor a date a caller passed). */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The value at `path` in plain metadata, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: MetaPath): unknown {
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isMapping(value)) value = value[String(segment)];
    else return undefined;
  }
  return value;
}

/** Sets the value at `path` when its parent is a mapping; does nothing otherwise. */
export function setAt(data: unknown, path: MetaPath, value: unknown): void {
  const parent = valueAt(data, path.slice(0, -1));
  const last = path.at(-1);
  if (isMapping(parent) && last !== undefined) parent[String(last)] = value;
}
