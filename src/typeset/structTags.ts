import type { Page, PageItem, StructNode, StructPath, StructRole } from './types.js';

/**
 * Gives page items the structure path they belong to. Rules are drawing, never content: they
 * stay artifacts, and so does everything when there is no path.
 *
 * @param items Items placed for one line or block.
 * @param path The structure path (optional: none leaves the items as they are).
 * @returns The items, tagged.
 */
export function tagItems(items: readonly PageItem[], path: StructPath | undefined): PageItem[] {
  if (path === undefined) return [...items];
  return items.map((item) => (item.kind === 'rule' ? item : { ...item, struct: path }));
}

/**
 * Places a line's drawing (a figure's image and caption, a table row's cells) under the line's
 * structure path: each item's own path is relative to the line's. Without a line path (a table
 * header repeated on a later page) every item becomes an artifact.
 *
 * @param items The drawing, with paths relative to the line.
 * @param path The line's path (optional).
 * @returns The items with absolute paths, or none.
 */
export function nestItems(items: readonly PageItem[], path: StructPath | undefined): PageItem[] {
  return items.map((item) => {
    if (item.kind === 'rule' || item.struct === undefined) return item;
    if (path === undefined) return untagged(item);
    return { ...item, struct: [...path, ...item.struct] };
  });
}

/** The item as an artifact. */
export function untagged(item: PageItem): PageItem {
  if (item.kind === 'rule' || item.struct === undefined) return item;
  const { struct: _struct, ...rest } = item;
  return rest as PageItem;
}

/** A structure node; `alt` only when given, so that plain data stays plain. */
export function structNode(role: StructRole, key: string, alt?: string): StructNode {
  return alt === undefined ? { role, key } : { role, key, alt };
}

/**
 * Puts a whole typeset document under one structure element (an issue's `Sect` in a volume), so
 * that its keys (`b0`, `masthead`, …) stay apart from another document's when both are painted
 * into one tagged PDF.
 *
 * @param pages The document's pages.
 * @param scope The element every item goes under.
 * @returns The pages, their tagged items nested under `scope`.
 */
export function scopeStructure(pages: readonly Page[], scope: StructNode): Page[] {
  const nested = new Map<StructPath, StructPath>();
  const under = (path: StructPath): StructPath => {
    let out = nested.get(path);
    if (out === undefined) nested.set(path, (out = [scope, ...path]));
    return out;
  };
  return pages.map((page) => ({
    ...page,
    items: page.items.map((item) => (item.kind === 'rule' || item.struct === undefined ? item : { ...item, struct: under(item.struct) })),
  }));
}

/**
 * Gives the glyphs that show `label.text` at the start of a line (a list item's marker) to the
 * label's element: a run wholly in it is retagged, a run it ends inside gets a `lead`.
 *
 * @param items A line's items, tagged with the line's path.
 * @param label The text the line starts with and its element (optional: none leaves the items).
 * @returns The items.
 */
export function labelItems(items: readonly PageItem[], label: { readonly text: string; readonly struct: StructPath } | undefined): PageItem[] {
  if (label === undefined || label.text === '') return [...items];
  let left = label.text.length;
  return items.map((item) => {
    if (left <= 0 || item.kind !== 'glyphs' || item.struct === undefined) return item;
    let n = 0;
    while (n < item.glyphs.length && left > 0) left -= item.glyphs[n++]?.text.length ?? 0;
    if (n === item.glyphs.length) return { ...item, struct: label.struct };
    return { ...item, lead: { glyphs: n, struct: label.struct } };
  });
}
