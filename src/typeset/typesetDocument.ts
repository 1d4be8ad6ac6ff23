import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BulletinDocument, PunctuationStyle } from '../model/document.js';
import type { Template } from '../template/template.js';
import { flowBlocks } from './flowBlocks.js';
import { disclaimerBlock, setColophon, setPageNumber } from './lastPage.js';
import { baselineOf, placeLine, setMasthead, type Frame } from './masthead.js';
import { paginate, type PageFlow } from './paginate.js';
import type { Bookmark, LineInfo, Page, PageItem, Shaper, TypesetDocument } from './types.js';

/**
 * Typesets a document: masthead, body flowed onto pages, disclaimer, colophon at the foot of the
 * last page and page numbers (LAYOUT.md A). Returns plain data for the renderers.
 */
export interface TypesetOptions {
  /** Punctuation style; default: the issue's `punctuation`, then the template's. */
  readonly punctuation?: PunctuationStyle;
  /** Receives warnings about the body text (stray half-width marks, spaces between Han, long words). */
  readonly report?: (d: Diagnostic) => void;
}

export function typesetDocument(doc: BulletinDocument, template: Template, shaper: Shaper, options: TypesetOptions = {}): TypesetDocument {
  const g = template.grid;
  const frame: Frame = { left: template.page.marginLeft, top: template.page.marginTop, width: g.chars * g.size, pitch: g.pitch };
  const masthead = setMasthead(doc.meta, template, shaper, frame);
  const punctuation = options.punctuation ?? doc.meta.punctuation ?? template.punctuation;
  const blocks = flowBlocks(doc.blocks, template, shaper, { punctuation, ...(options.report ? { report: options.report } : {}) });
  const disclaimer = disclaimerBlock(doc.meta, template, shaper, frame);
  if (disclaimer) blocks.push(disclaimer);
  const flow = paginate(blocks, g.lines, masthead.bodyStart);
  const colophon = setColophon(doc.meta, template, shaper, frame, g.lines);
  const flows: PageFlow[] = [...flow.pages];
  // The colophon keeps a blank grid line above its rule; if that does not fit, it opens a page.
  if (colophon.lines > 0 && flow.end + 1 + colophon.lines > g.lines) flows.push({ lines: [], bookmarks: [] });

  const pages: Page[] = [];
  const bookmarks: Bookmark[] = [];
  flows.forEach((pf, index) => {
    const items: PageItem[] = index === 0 ? [...masthead.items] : [];
    const lines: LineInfo[] = [];
    for (const { laid, gridLine } of pf.lines) {
      const x = frame.left + laid.x;
      const y = baselineOf(frame, gridLine, laid.span, laid.line.size);
      items.push(...placeLine(laid.line, x, y));
      const { text, size, extent, justified, letters } = laid.line;
      lines.push({ y, left: x, right: x + extent, size, text, justified, last: laid.last, letters });
    }
    for (const b of pf.bookmarks) bookmarks.push({ title: b.title, level: b.level, page: index + 1, y: frame.top + b.gridLine * frame.pitch });
    if (index === flows.length - 1) items.push(...colophon.items);
    items.push(...setPageNumber(index + 1, template, shaper, frame, g.lines));
    pages.push({ number: index + 1, items, lines });
  });
  return { width: template.page.width, height: template.page.height, pages, bookmarks };
}
