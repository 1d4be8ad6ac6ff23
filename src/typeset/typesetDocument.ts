import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { BulletinDocument, Heading, PunctuationStyle } from '../model/document.js';
import type { Template } from '../template/template.js';
import { contentsBlock, type ContentsEntry } from './contentsBlock.js';
import { flowBlocks, type FlowBlock } from './flowBlocks.js';
import { drawFootnotes, notesSpan, setFootnotes } from './footnotes.js';
import { inlineText } from './inlines.js';
import { disclaimerBlock, setColophon, setPageNumber } from './lastPage.js';
import { baselineOf, placeLine, setMasthead, type Frame } from './masthead.js';
import { paginate, type PageFlow } from './paginate.js';
import { shiftItems } from './shiftItems.js';
import { labelItems, nestItems } from './structTags.js';
import type { Bookmark, LineInfo, Page, PageItem, Shaper, TypesetDocument } from './types.js';

export interface TypesetOptions {
  /** Punctuation style; default: the issue's `punctuation`, then the template's. */
  readonly punctuation?: PunctuationStyle;
  /** Receives warnings about the body text (stray half-width marks, spaces between Han, long words). */
  readonly report?: (d: Diagnostic) => void;
  /** "— N —" at the foot of every page (default true); a volume numbers its pages through itself. */
  readonly pageNumbers?: boolean;
}

function articleTitles(doc: BulletinDocument): string[] {
  return doc.blocks.filter((b): b is Heading => b.kind === 'heading' && b.level === 1).map((h) => inlineText(h.children));
}

/**
 * Typesets a document: masthead, contents of a multi-article issue, body flowed onto pages with
 * figures, tables and footnotes, disclaimer, colophon at the foot of the last page and page
 * numbers (docs/layout.md A; issue 6). Returns plain data for the renderers.
 */
export function typesetDocument(doc: BulletinDocument, template: Template, shaper: Shaper, options: TypesetOptions = {}): TypesetDocument {
  const g = template.grid;
  const frame: Frame = { left: template.page.marginLeft, top: template.page.marginTop, width: g.chars * g.size, pitch: g.pitch };
  const problems = options.report ? { file: doc.file, report: options.report, ...(doc.metaPlaces ? { places: doc.metaPlaces } : {}) } : undefined;
  const masthead = setMasthead(doc.meta, template, shaper, frame, problems);
  const punctuation = options.punctuation ?? doc.meta.punctuation ?? template.punctuation;
  const notes = setFootnotes(doc.footnotes, template, shaper, options.report);
  const body = flowBlocks(doc.blocks, template, shaper, {
    segment: { punctuation, ...(options.report ? { report: options.report } : {}) },
    notes,
    articleBreak: doc.meta.break === 'page',
  });
  const disclaimer = disclaimerBlock(doc.meta, template, shaper, frame);
  if (disclaimer) body.push(disclaimer);
  const paginateOptions = { linesPerPage: g.lines, firstPageStart: masthead.bodyStart, notesSpan: (n: Parameters<typeof notesSpan>[0]) => notesSpan(n, template) };

  // 本期要目 needs the pages its articles start on: set once with blanks, then with the numbers
  // (the block's size does not depend on them, so the second pass flows exactly like the first).
  const titles = articleTitles(doc);
  const withContents = (entries: readonly ContentsEntry[]): FlowBlock[] => (titles.length >= 2 ? [contentsBlock(entries, template, shaper), ...body] : body);
  let flow = paginate(withContents(titles.map((title) => ({ title, page: 0 }))), paginateOptions);
  if (titles.length >= 2) {
    const starts = flow.pages.flatMap((p, i) => p.bookmarks.filter((b) => b.level === 1).map(() => i + 1));
    flow = paginate(withContents(titles.map((title, i) => ({ title, page: starts[i] ?? 0 }))), paginateOptions);
  }

  const colophon = setColophon(doc.meta, template, shaper, frame, g.lines);
  // The colophon stands on the last page with a blank line above it: longer, it would run off
  // the top of the page (issue 10).
  if (colophon.lines + 1 > g.lines && problems) {
    const at = doc.metaPlaces?.colophon ?? { file: doc.file, line: 1, column: 1 };
    const place = { ...at, severity: 'error' as const, rule: 'limits/colophon-too-long' };
    problems.report(diagnostic(place, m('linear.colophon-too-long', { lines: colophon.lines, fit: g.lines - 1 }), m('linear.colophon-too-long-hint')));
  }
  const flows: PageFlow[] = [...flow.pages];
  // The colophon keeps a blank grid line above its rule; if that does not fit, it opens a page.
  const lastNotes = notesSpan(flow.pages.at(-1)?.notes ?? [], template);
  if (colophon.lines > 0 && flow.end + 1 + colophon.lines + lastNotes > g.lines) flows.push({ lines: [], bookmarks: [], notes: [] });

  const pages: Page[] = [];
  const bookmarks: Bookmark[] = [];
  flows.forEach((pf, index) => {
    const isLast = index === flows.length - 1;
    const items: PageItem[] = index === 0 ? [...masthead.items] : [];
    const lines: LineInfo[] = [];
    for (const { laid, gridLine } of pf.lines) {
      const x = frame.left + laid.x;
      const y = baselineOf(frame, gridLine, laid.span, laid.line.size);
      const placed = placeLine(laid.line, x, y, laid.struct);
      items.push(...(laid.label ? labelItems(placed, laid.label) : placed));
      if (laid.art) items.push(...nestItems(shiftItems(laid.art, frame.left, frame.top + gridLine * frame.pitch), laid.struct));
      if (laid.line.runs.length > 0) {
        const { text, size, extent, justified, letters } = laid.line;
        lines.push({ y, left: x, right: x + extent, size, text, justified, last: laid.last, letters });
      }
    }
    for (const b of pf.bookmarks) bookmarks.push({ title: b.title, level: b.level, page: index + 1, y: frame.top + b.gridLine * frame.pitch });
    // Footnotes end on the foot of the type area, or above the colophon on the last page.
    const notesBottom = frame.top + (g.lines - (isLast ? colophon.lines + 1 : 0)) * frame.pitch;
    items.push(...drawFootnotes(pf.notes, template, frame, notesBottom));
    if (isLast) items.push(...colophon.items);
    if (options.pageNumbers ?? true) items.push(...setPageNumber(index + 1, template, shaper, frame, g.lines));
    pages.push({ number: index + 1, items, lines });
  });
  return { width: template.page.width, height: template.page.height, pages, bookmarks };
}
