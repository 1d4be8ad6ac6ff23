import type { FlowBlock } from './flowBlocks.js';
import type { LaidLine } from './setParagraph.js';

/** A line placed on a page: its first grid line (0 = top of the type area). */
export interface PlacedLine {
  readonly laid: LaidLine;
  readonly gridLine: number;
}

export interface PageFlow {
  readonly lines: PlacedLine[];
  readonly bookmarks: { readonly title: string; readonly level: number; readonly gridLine: number }[];
}

export interface Pagination {
  readonly pages: PageFlow[];
  /** The first free grid line on the last page. */
  readonly end: number;
}

function height(lines: readonly LaidLine[], from = 0, to = lines.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h += lines[i]?.span ?? 1;
  return h;
}

/** The fewest lines of a block that may stand at the foot of a page (B.5: no orphan). */
function minimumStart(block: FlowBlock): number {
  const n = block.lines.length;
  if (!block.splittable || n <= 3) return height(block.lines);
  return height(block.lines, 0, 2);
}

/**
 * Flows blocks onto pages of `linesPerPage` grid lines (LAYOUT.md B.5): a heading keeps with the
 * first two lines of what follows, a paragraph leaves no single line at the foot of a page
 * (orphan) nor carries one alone to the next (widow), space before a block vanishes at a page top.
 */
export function paginate(blocks: readonly FlowBlock[], linesPerPage: number, firstPageStart: number): Pagination {
  const pages: PageFlow[] = [{ lines: [], bookmarks: [] }];
  let page = pages[0] as PageFlow;
  let line = firstPageStart;
  let pageTop = firstPageStart;
  const newPage = (): void => {
    page = { lines: [], bookmarks: [] };
    pages.push(page);
    line = 0;
    pageTop = 0;
  };
  const place = (laid: LaidLine): void => {
    page.lines.push({ laid, gridLine: line });
    line += laid.span;
  };
  blocks.forEach((block, index) => {
    if (line > pageTop) line += block.spaceBefore;
    const free = linesPerPage - line;
    const total = height(block.lines);
    let needed = block.splittable ? minimumStart(block) : total;
    if (block.keepWithNext) {
      // Keep the heading, its space after and the first lines of every following heading and
      // the block they lead to together.
      needed = total + block.spaceAfter;
      for (let k = index + 1; k < blocks.length; k++) {
        const next = blocks[k] as FlowBlock;
        needed += (k > index + 1 ? next.spaceBefore : 0) + Math.min(minimumStart(next), height(next.lines));
        if (!next.keepWithNext) break;
        needed += next.spaceAfter;
      }
    }
    if (needed > free && line > pageTop) {
      newPage();
    }
    if (block.bookmark) page.bookmarks.push({ ...block.bookmark, gridLine: line });
    let i = 0;
    while (i < block.lines.length) {
      const remaining = block.lines.length - i;
      const room = linesPerPage - line;
      let fit = 0;
      for (let h = 0; fit < remaining && h + (block.lines[i + fit]?.span ?? 1) <= room; fit++) h += block.lines[i + fit]?.span ?? 1;
      if (fit >= remaining) {
        for (; i < block.lines.length; i++) place(block.lines[i] as LaidLine);
        break;
      }
      // Leave at least two lines on each side of a page break inside a paragraph.
      if (remaining - fit < 2) fit = remaining - 2;
      if (fit < 2 && line > pageTop) fit = 0;
      // A block taller than a whole page must still move on.
      if (fit <= 0 && line === pageTop) fit = Math.max(1, Math.min(remaining, room));
      for (let k = 0; k < fit; k++, i++) place(block.lines[i] as LaidLine);
      newPage();
    }
    line += block.spaceAfter;
  });
  return { pages, end: Math.min(line, linesPerPage) };
}
