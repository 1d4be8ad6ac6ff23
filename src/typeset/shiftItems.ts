import type { PageItem } from './types.js';

/** Moves page items by (dx, dy): drawing set relative to a line's box, placed on the page. */
export function shiftItems(items: readonly PageItem[], dx: number, dy: number): PageItem[] {
  return items.map((item): PageItem => {
    switch (item.kind) {
      case 'glyphs':
        return { ...item, y: item.y + dy, glyphs: item.glyphs.map((g) => ({ ...g, x: g.x + dx })) };
      default:
        return { ...item, x: item.x + dx, y: item.y + dy };
    }
  });
}
