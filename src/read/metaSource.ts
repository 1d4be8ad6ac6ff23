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
