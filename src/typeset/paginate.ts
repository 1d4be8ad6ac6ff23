import type { FlowBlock } from './flowBlocks.js';
import type { LaidLine, NoteBox } from './setParagraph.js';

/** A line placed on a page: its first grid line (0 = top of the type area). */
export interface PlacedLine {
  readonly laid: LaidLine;
  readonly gridLine: number;
}

export interface PageFlow {
  readonly lines: PlacedLine[];
  readonly bookmarks: { readonly title: string; readonly level: number; readonly gridLine: number }[];
  /** Footnotes called on the page, set at its foot (issue 6: a note moves with its call). */
  readonly notes: NoteBox[];
}

export interface Pagination {
  readonly pages: PageFlow[];
  /** The first free grid line on the last page. */
  readonly end: number;
}

export interface PaginateOptions {
  readonly linesPerPage: number;
  /** First grid line free for the body on page 1 (below the masthead). */
  readonly firstPageStart: number;
  /** Grid lines the foot of a page needs for these notes (0 for none). */
  readonly notesSpan?: (notes: readonly NoteBox[]) => number;
}

function height(lines: readonly LaidLine[], from = 0, to = lines.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h += lines[i]?.span ?? 1;
  return h;
}

/** The fewest lines of a block that may stand at the foot of a page (B.5: no orphan). */
function minimumStart(block: FlowBlock): number {
  const n = block.lines.length;
  if (block.rows) return height(block.lines, 0, 1) + (block.header?.span ?? 0);
  if (!block.splittable || n <= 3) return height(block.lines);
  return height(block.lines, 0, 2);
}

/**
 * Flows blocks onto pages of grid lines (docs/layout.md B.5): a heading keeps with the first two lines
 * of what follows; a paragraph leaves no single line at the foot of a page (orphan) nor carries
 * one alone to the next (widow); a figure that does not fit waits for the next page while the
 * text after it fills this one; a table splits between rows and repeats its header; footnotes
 * take room at the foot of the page of their call, and one too long for it continues at the foot of
 * the next page; space before a block vanishes at a page top.
 */
export function paginate(blocks: readonly FlowBlock[], options: PaginateOptions): Pagination {
  const { linesPerPage } = options;
  const notesSpan = options.notesSpan ?? (() => 0);
  const pages: PageFlow[] = [];
  let page!: PageFlow;
  let line = 0;
  let pageTop = 0;
  let deferred: FlowBlock[] = [];
  /** The rest of footnotes too long for the foot of their page: they open the next page's foot. */
  let carried: NoteBox[] = [];

  // A note taller than half a page asks only for its first lines to fit beside its call: the
  // rest continues at the foot of the next page, as books do.
  const asked = (n: NoteBox): NoteBox => (notesSpan([n]) * 2 > linesPerPage ? cutNote(n, NOTE_LINES_WITH_CALL)[0] : n);
  const room = (extraNotes: readonly NoteBox[] = []): number =>
    linesPerPage - line - notesSpan(extraNotes.length > 0 ? [...page.notes, ...extraNotes.map(asked)] : page.notes);
  /** Moves the lines of notes that overflow the foot of this page to the next one. */
  const clampNotes = (reserve = 0): void => {
    const moved: NoteBox[] = [];
    const limit = linesPerPage - reserve;
    while (page.notes.length > 0 && line + notesSpan(page.notes) > limit) {
      const last = page.notes.pop() as NoteBox;
      const fits = (k: number): boolean => line + notesSpan([...page.notes, cutNote(last, k)[0]]) <= limit;
      let lo = 0;
      let hi = last.lines.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(mid)) lo = mid;
        else hi = mid - 1;
      }
      if (lo === 0) {
        moved.unshift(last);
        continue;
      }
      const [head, rest] = cutNote(last, lo);
      page.notes.push(head);
      moved.unshift(rest);
      break;
    }
    for (const piece of moved) carry(piece);
  };
  /**
   * Adds a piece of a note to those the next page continues: a piece cut later from the same
   * note holds its earlier lines, and notes keep the order of their numbers (of their calls).
   */
  const carry = (piece: NoteBox): void => {
    const k = carried.findIndex((c) => c.number === piece.number);
    const same = carried[k];
    if (same) carried[k] = { number: piece.number, lines: [...piece.lines, ...same.lines], indents: [...piece.indents, ...same.indents] };
    else carried = [...carried, piece].sort((a, b) => a.number - b.number);
  };
  const place = (laid: LaidLine): void => {
    page.lines.push({ laid, gridLine: line });
    page.notes.push(...(laid.notes ?? []));
    line += laid.span;
    clampNotes();
  };
  const placeWhole = (block: FlowBlock): void => {
    if (block.bookmark) page.bookmarks.push({ ...block.bookmark, gridLine: line });
    for (const l of block.lines) place(l);
    line += block.spaceAfter;
  };
  const newPage = (): void => {
    // A note longer than a whole page fills pages of its own until its rest leaves room for text.
    do {
      page = { lines: [], bookmarks: [], notes: carried };
      carried = [];
      line = pages.length === 0 ? options.firstPageStart : 0;
      pageTop = line;
      pages.push(page);
      clampNotes();
      // A note that fills the page exactly leaves a line of it for the next, so text has a line here.
      if (carried.length === 0 && page.notes.length > 0 && room() <= 0) clampNotes(1);
    } while (carried.length > 0);
    // Figures that waited open the new page, as many as fit.
    const waiting = deferred;
    deferred = [];
    for (const f of waiting) {
      if (deferred.length === 0 && (height(f.lines) <= room(notesOf(f.lines)) || line === pageTop)) placeWhole(f);
      else deferred.push(f);
    }
  };
  newPage();

  blocks.forEach((block, index) => {
    if (block.pageBreakBefore && (line > pageTop || page.lines.length > 0)) newPage();
    if (line > pageTop) line += block.spaceBefore;
    const total = height(block.lines);
    if (block.float) {
      if (deferred.length > 0 || (total > room(notesOf(block.lines)) && line > pageTop)) deferred.push(block);
      else placeWhole(block);
      return;
    }
    let needed = minimumStart(block);
    if (block.keepWithNext) {
      // Keep the heading, its space after and the first lines of every following heading and
      // the block they lead to together.
      needed = total + block.spaceAfter;
      for (let k = index + 1; k < blocks.length; k++) {
        const next = blocks[k] as FlowBlock;
        if (next.float) continue;
        needed += (k > index + 1 ? next.spaceBefore : 0) + Math.min(minimumStart(next), height(next.lines));
        if (!next.keepWithNext) break;
        needed += next.spaceAfter;
      }
    }
    if (needed > room(notesOf(block.lines.slice(0, 2))) && line > pageTop) newPage();
    if (block.bookmark) page.bookmarks.push({ ...block.bookmark, gridLine: line });
    let i = 0;
    let continued = false;
    while (i < block.lines.length) {
      if (continued && block.header) place(block.header);
      // The first grid line under a repeated header: nothing else can stand above it on this page.
      const top = continued && block.header ? line : -1;
      const remaining = block.lines.length - i;
      let fit = 0;
      let used = 0;
      const notes: NoteBox[] = [];
      while (fit < remaining) {
        const next = block.lines[i + fit] as LaidLine;
        if (used + next.span > room([...notes, ...(next.notes ?? [])])) break;
        used += next.span;
        notes.push(...(next.notes ?? []));
        fit++;
      }
      if (fit >= remaining) {
        for (; i < block.lines.length; i++) place(block.lines[i] as LaidLine);
        break;
      }
      if (!block.rows) {
        // Leave at least two lines on each side of a page break inside a paragraph.
        if (remaining - fit < 2) fit = remaining - 2;
        if (fit < 2 && line > pageTop) fit = 0;
      }
      // A block taller than a whole page must still move on, even under a repeated header or
      // above footnotes: a fresh page would give it no more room.
      if (fit <= 0 && (line === pageTop || line === top)) fit = 1;
      for (let k = 0; k < fit; k++, i++) place(block.lines[i] as LaidLine);
      newPage();
      continued = true;
    }
    line += block.spaceAfter;
  });
  while (deferred.length > 0 || carried.length > 0) newPage();
  return { pages, end: Math.min(line, linesPerPage - notesSpan(page.notes)) };
}

/** Lines of a note set beside its call when the note continues on the next page. */
const NOTE_LINES_WITH_CALL = 2;

/** Cuts a note after its first `k` lines (k ≥ 1): the head, and the rest to continue with. */
function cutNote(n: NoteBox, k: number): [NoteBox, NoteBox] {
  const head = { number: n.number, lines: n.lines.slice(0, k), indents: n.indents.slice(0, k) };
  const rest = { number: n.number, lines: n.lines.slice(k), indents: n.indents.slice(k) };
  return [head, rest];
}

function notesOf(lines: readonly LaidLine[]): NoteBox[] {
  return lines.flatMap((l) => l.notes ?? []);
}
