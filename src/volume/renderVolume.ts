import type { LoadedFont } from '../fonts/loadFont.js';
import { pdfText } from '../render/pdf/pdfText.js';
import { addBookmarks, openPdf, paintPages, PdfPainter, type PdfInfo } from '../render/pdf/renderPdf.js';
import type { ColourSpec } from '../template/template.js';
import type { Bookmark, Colour, Page } from '../typeset/types.js';

/** An issue as bound: its pages with the volume's feet, its bookmark and its headings. */
export interface BoundIssue {
  /** The issue's bookmark, e.g. `第4期（总第9期）　2014年10月17日`. */
  readonly title: string;
  readonly pages: readonly Page[];
  /** The issue's headings, their pages counted in the issue. */
  readonly bookmarks: readonly Bookmark[];
}

export interface VolumePdfOptions {
  readonly info: PdfInfo;
  readonly width: number;
  readonly height: number;
  /** Every font the pages name, by key: each is embedded once, however many issues use it. */
  readonly fonts: ReadonlyMap<string, LoadedFont>;
  readonly colours: Readonly<Record<Colour, ColourSpec>>;
  /** The outline's top entry, e.g. 金桥会议传真 2014年合订本. */
  readonly outlineTitle: string;
  /** The contents' bookmark. */
  readonly contentsTitle: string;
  readonly cover: Page;
  readonly contents: readonly Page[];
  readonly issues: readonly BoundIssue[];
}

/**
 * Paints a volume into one PDF: the cover, the contents, then each issue, all through one
 * painter, so a font or a picture used by every issue is embedded once. Bookmarks go year →
 * issue → headings; the catalog's /PageLabels name the front matter I, II, … and the issues' pages
 * 1 … N, as their feet print them (pdfkit has no API for page labels: they go on the catalog).
 *
 * @returns The PDF's bytes; the same options give the same bytes.
 */
export async function renderVolume(options: VolumePdfOptions): Promise<Buffer> {
  const { doc, done } = openPdf(options.info);
  const painter = new PdfPainter(doc, { info: options.info, fonts: options.fonts, colours: options.colours }, options.height);
  const size = { width: options.width, height: options.height };
  painter.plan([options.cover, ...options.contents, ...options.issues.flatMap((i) => i.pages)]);
  const front = await paintPages(doc, painter, { ...size, pages: [options.cover, ...options.contents] });
  const bound = [];
  for (const issue of options.issues) bound.push({ issue, refs: await paintPages(doc, painter, { ...size, pages: issue.pages }) });

  const top = options.height;
  const year = doc.outline.addItem(pdfText(options.outlineTitle), { expanded: true });
  year.outlineData['Dest'] = [front[0], 'XYZ', 0, top, 0];
  const contents = year.addItem(pdfText(options.contentsTitle));
  contents.outlineData['Dest'] = [front[1] ?? front[0], 'XYZ', 0, top, 0];
  for (const { issue, refs } of bound) {
    // Issues start closed: the panel opens on the year's list of issues, not on every heading.
    const item = year.addItem(pdfText(issue.title), { expanded: false });
    item.outlineData['Dest'] = [refs[0], 'XYZ', 0, top, 0];
    addBookmarks(item, issue.bookmarks, refs, options.height);
  }
  doc._root.data['PageLabels'] = { Nums: [0, { S: 'R' }, front.length, { S: 'D', St: 1 }] };
  painter.finish();
  doc.end();
  return await done;
}
