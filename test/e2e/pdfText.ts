import { inflateSync } from 'node:zlib';
import { getDocument, OPS, PDFDateString } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Reads a PDF back with pdfjs-dist, for end-to-end tests that assert on what a reader gets out of
// the file (text, positions, sizes, fonts, colours, properties, bookmarks), within tolerances.

/** One text item as pdfjs extracts it. Coordinates are in points. */
export interface PdfTextItem {
  readonly str: string;
  /** Left edge of the item: x of its text matrix. */
  readonly x: number;
  /** Baseline, PDF style: from the bottom of the page. */
  readonly y: number;
  /** Baseline from the top of the page, as docs/layout.md measures. */
  readonly top: number;
  /** Advance width of the whole item (the last glyph's full advance included). */
  readonly width: number;
  /** Font size: the vertical scale of the transform. */
  readonly size: number;
  /** pdfjs's name for the font (`g_d0_f1`), the key of `PdfPage.fonts`. */
  readonly fontName: string;
  /** The embedded font's PostScript name without the subset tag (`NotoSerifCJKsc-Black`). */
  readonly font: string;
  readonly hasEOL: boolean;
}

/** Text as the content stream paints it: one show-text operation, with the fill colour in force. */
export interface PdfPaintedText {
  readonly text: string;
  readonly size: number;
  readonly font: string;
  /** The fill colour as pdfjs converts it to RGB, `#rrggbb`; DeviceCMYK is converted too. */
  readonly fill: string;
}

export interface PdfPage {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  /** Non-empty text items in content-stream order. */
  readonly items: readonly PdfTextItem[];
  readonly painted: readonly PdfPaintedText[];
  /** pdfjs font name → PostScript name as embedded (with its subset tag, `ABCDEF+Name`). */
  readonly fonts: ReadonlyMap<string, string>;
}

/** The document information dictionary (and the catalog's /Lang), as far as pdfjs reports it. */
export interface PdfDocumentInfo {
  readonly Title?: string;
  readonly Author?: string;
  readonly Subject?: string;
  readonly Creator?: string;
  readonly Producer?: string;
  readonly CreationDate?: Date;
  readonly ModDate?: Date;
  readonly Lang?: string;
}

export interface PdfOutlineItem {
  readonly title: string;
  /** 1-based page number of the destination; undefined when it does not resolve. */
  readonly page: number | undefined;
  /** The XYZ destination's top, PDF style (from the bottom), when given. */
  readonly destTop: number | undefined;
  readonly items: readonly PdfOutlineItem[];
}

export interface PdfContent {
  readonly pageCount: number;
  readonly pages: readonly PdfPage[];
  readonly info: PdfDocumentInfo;
  readonly outline: readonly PdfOutlineItem[];
}

/** A run of text items sharing one baseline, left to right. */
export interface PdfLine {
  readonly y: number;
  readonly top: number;
  /** The largest font size on the line. */
  readonly size: number;
  /** Left edge of the first item. */
  readonly left: number;
  /** Right edge of the line: the largest x + width of its items. */
  readonly right: number;
  /** The items' text in x order, whitespace kept. */
  readonly text: string;
  readonly items: readonly PdfTextItem[];
}

type Doc = Awaited<ReturnType<typeof getDocument>['promise']>;
type RawOutline = Awaited<ReturnType<Doc['getOutline']>>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function stringField(info: Record<string, unknown>, key: string): { [k: string]: string } {
  const v = info[key];
  return typeof v === 'string' ? { [key]: v } : {};
}

function dateField(info: Record<string, unknown>, key: string): { [k: string]: Date } {
  const v = info[key];
  const date = typeof v === 'string' ? PDFDateString.toDateObject(v) : null;
  return date ? { [key]: date } : {};
}

function hex(n: number): string {
  return Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0');
}

/** pdfjs gives fill colours as `#rrggbb` (v4+) or as 0–255 components (older versions). */
function colourArg(args: unknown): string | undefined {
  if (!Array.isArray(args)) return undefined;
  const [a, b, c] = args as unknown[];
  if (typeof a === 'string') return a.toLowerCase();
  if (typeof a === 'number' && typeof b === 'number' && typeof c === 'number') return `#${hex(a)}${hex(b)}${hex(c)}`;
  if (isRecord(a) && typeof a[0] === 'number' && typeof a[1] === 'number' && typeof a[2] === 'number') return `#${hex(a[0])}${hex(a[1])}${hex(a[2])}`;
  return undefined;
}

function glyphText(glyphs: unknown): string {
  if (!Array.isArray(glyphs)) return '';
  return (glyphs as unknown[]).map((g) => (isRecord(g) && typeof g['unicode'] === 'string' ? g['unicode'] : '')).join('');
}

/** Walks the operator list, tracking the fill colour and font across q/Q, and records each text shown. */
function paintedText(fnArray: readonly number[], argsArray: readonly unknown[], fonts: ReadonlyMap<string, string>): PdfPaintedText[] {
  const out: PdfPaintedText[] = [];
  let state = { fill: '#000000', font: '', size: 0 };
  const stack: (typeof state)[] = [];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i];
    switch (fn) {
      case OPS.save:
        stack.push({ ...state });
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.setFillRGBColor:
      case OPS.setFillGray:
      case OPS.setFillCMYKColor: {
        const fill = colourArg(args);
        if (fill) state = { ...state, fill };
        break;
      }
      case OPS.setFont:
        if (Array.isArray(args) && typeof args[0] === 'string' && typeof args[1] === 'number') {
          state = { ...state, font: stripSubset(fonts.get(args[0]) ?? args[0]), size: Math.abs(args[1]) };
        }
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        if (Array.isArray(args)) out.push({ text: glyphText(args[0]), size: state.size, font: state.font, fill: state.fill });
        break;
      default:
        break;
    }
  });
  return out;
}

function stripSubset(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '');
}

async function resolveOutline(doc: Doc, items: RawOutline): Promise<PdfOutlineItem[]> {
  const out: PdfOutlineItem[] = [];
  for (const item of items) {
    let dest: unknown = item.dest;
    if (typeof dest === 'string') dest = await doc.getDestination(dest);
    let page: number | undefined;
    let destTop: number | undefined;
    if (Array.isArray(dest)) {
      const [target, kind, , top] = dest as unknown[];
      if (isRecord(target) && typeof target['num'] === 'number' && typeof target['gen'] === 'number') {
        page = (await doc.getPageIndex({ num: target['num'], gen: target['gen'] })) + 1;
      } else if (typeof target === 'number') page = target + 1;
      if (isRecord(kind) && kind['name'] === 'XYZ' && typeof top === 'number') destTop = top;
    }
    const children = Array.isArray(item.items) ? await resolveOutline(doc, item.items as RawOutline) : [];
    out.push({ title: item.title, page, destTop, items: children });
  }
  return out;
}

/**
 * Opens PDF bytes with pdfjs-dist (legacy build, Node's fake worker, no system fonts) and reads
 * every page's text items and painted text, the document properties and the outline.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  // A fresh plain Uint8Array: pdfjs may take over (detach) the buffer it is given, and warns on a Buffer.
  const data = new Uint8Array(bytes);
  const task = getDocument({ data, useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      // The operator list loads the fonts into commonObjs, which gives their real names.
      const ops = await page.getOperatorList();
      const fonts = new Map<string, string>();
      for (const key of Object.keys(content.styles)) {
        const font: unknown = page.commonObjs.has(key) ? page.commonObjs.get(key) : undefined;
        fonts.set(key, isRecord(font) && typeof font['name'] === 'string' ? font['name'] : key);
      }
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , , e, f] = item.transform as [number, number, number, number, number, number];
        items.push({
          str: item.str,
          x: e,
          y: f,
          top: height - f,
          width: item.width,
          size: Math.hypot(a, b),
          fontName: item.fontName,
          font: stripSubset(fonts.get(item.fontName) ?? item.fontName),
          hasEOL: item.hasEOL,
        });
      }
      pages.push({ number: n, width, height, items, painted: paintedText(ops.fnArray, ops.argsArray, fonts), fonts });
      page.cleanup();
    }
    const metadata = await doc.getMetadata();
    const raw: Record<string, unknown> = isRecord(metadata.info) ? metadata.info : {};
    const info: PdfDocumentInfo = {
      ...stringField(raw, 'Title'),
      ...stringField(raw, 'Author'),
      ...stringField(raw, 'Subject'),
      ...stringField(raw, 'Creator'),
      ...stringField(raw, 'Producer'),
      ...dateField(raw, 'CreationDate'),
      ...dateField(raw, 'ModDate'),
      ...(typeof raw['Language'] === 'string' ? { Lang: raw['Language'] } : {}),
    };
    const outline = await resolveOutline(doc, (await doc.getOutline()) ?? []);
    return { pageCount: doc.numPages, pages, info, outline };
  } finally {
    await task.destroy();
  }
}

/** Groups a page's non-blank text items into lines by baseline (within `tolerance` points), top to bottom. */
export function linesOf(items: readonly PdfTextItem[], tolerance = 0.05): PdfLine[] {
  const groups: PdfTextItem[][] = [];
  for (const item of items) {
    if (item.str.trim() === '') continue;
    const group = groups.find((g) => Math.abs((g[0]?.y ?? Number.NaN) - item.y) <= tolerance);
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups
    .map((g) => {
      const sorted = [...g].sort((p, q) => p.x - q.x);
      const first = sorted[0] as PdfTextItem;
      return {
        y: first.y,
        top: first.top,
        size: Math.max(...sorted.map((i) => i.size)),
        left: first.x,
        right: Math.max(...sorted.map((i) => i.x + i.width)),
        text: sorted.map((i) => i.str).join(''),
        items: sorted,
      };
    })
    .sort((p, q) => p.top - q.top);
}

/** Removes every kind of whitespace, the ideographic space U+3000 included. */
export function stripWhitespace(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

/**
 * The decompressed (FlateDecode) streams of a PDF as Latin-1 text, to look at content-stream
 * operators that pdfjs converts away (it turns DeviceCMYK fills into RGB). Streams that do not
 * inflate (fonts in other filters, uncompressed ones) are returned as they are.
 */
export function pdfStreams(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const start = buffer.indexOf('stream', from, 'latin1');
    if (start < 0) break;
    if (buffer.subarray(Math.max(0, start - 3), start).toString('latin1') === 'end') {
      from = start + 6;
      continue;
    }
    let body = start + 6;
    if (buffer[body] === 0x0d) body++;
    if (buffer[body] === 0x0a) body++;
    const end = buffer.indexOf('endstream', body, 'latin1');
    if (end < 0) break;
    const raw = buffer.subarray(body, end);
    try {
      out.push(inflateSync(raw).toString('latin1'));
    } catch {
      out.push(raw.toString('latin1'));
    }
    from = end + 9;
  }
  return out;
}

/**
 * The whole file as Latin-1 text followed by its inflated streams: every object's dictionary
 * can be searched, including those written inside compressed object streams (PDF 1.5).
 */
export function pdfObjectText(bytes: Uint8Array): string {
  return [Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), ...pdfStreams(bytes)].join('\n');
}
