import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { LoadedFont } from '../../fonts/loadFont.js';
import { diagnostic, m } from '../../diagnostics/diagnostic.js';
import { DiagnosticError } from '../../diagnostics/diagnosticError.js';
import { pngColourKey } from '../../read/checkPng.js';
import { reloadImage } from '../../read/reloadImage.js';
import { safeLinkUrl } from '../../read/safeLinkUrl.js';
import type { ColourSpec } from '../../template/template.js';
import type { Bookmark, Colour, GlyphRun, ImageItem, LinkItem, RuleItem, TypesetDocument } from '../../typeset/types.js';
import { EmbeddedPdfFont } from './embedFont.js';
import { documentDescriptions, makePdfa, type ArchiveInfo } from './pdfaMetadata.js';
import { packObjectStreams } from './objectStreams.js';
import { PENDING_PDF_ID, stampPdfId } from './pdfId.js';
import { pdfText, pdfUri } from './pdfText.js';
import type { PdfDocumentInternals, PdfImage, PdfOutlineItem, PdfRef, PdfStructureElement } from './pdfkitInternals.js';
import { StructureTree } from './structureTree.js';
import { codeString, num, TextObjects } from './textObjects.js';

/** Document properties (docs/layout.md A.6). */
export interface PdfInfo {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly creator: string;
  readonly creationDate: Date;
}

export interface RenderPdfOptions {
  readonly info: PdfInfo;
  /** The fonts the glyph runs name, by key. */
  readonly fonts: ReadonlyMap<string, LoadedFont>;
  readonly colours: Readonly<Record<Colour, ColourSpec>>;
  /**
   * Reads a picture the pages place, by its path (optional, default {@link reloadImage}: read
   * and checked again, so pdfkit only ever sees a sound file). Called once per picture, while
   * painting, so that one picture's bytes are held at a time.
   */
  readonly loadImage?: (src: string) => Promise<Uint8Array>;
  /**
   * PDF/A-2u for the archive (optional): XMP with the facts, an sRGB output intent,
   * colours in RGB, the structure tagged.
   */
  readonly pdfa?: ArchiveInfo;
  /** Tags the structure (optional, default: with `pdfa` only). */
  readonly tagged?: boolean;
  /** Folder of the font subset cache (optional; without one, fonts are subset on every build). */
  readonly cacheDir?: string;
}

/** The longest link description read out (a 100 KB target would otherwise be spoken whole). */
const DESCRIPTION_CHARS = 200;

/** A colour's operands and operator suffix: CMYK for print, sRGB for PDF/A (its output intent). */
function colourOperands(c: ColourSpec | undefined, rgb: boolean): { values: string; stroke: string; fill: string } {
  // The template's colours were checked when it was loaded: a name it lacks is a bug.
  if (c === undefined) throw new Error('renderPdf: a colour the template does not define');
  if (!rgb) return { values: c.cmyk.map(num).join(' '), stroke: 'K', fill: 'k' };
  const hex = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c.rgb);
  const channels = hex ? [hex[1], hex[2], hex[3]].map((h) => parseInt(h ?? '0', 16) / 255) : [0, 0, 0];
  return { values: channels.map(num).join(' '), stroke: 'RG', fill: 'rg' };
}

/** Paints page items into an open document; one painter per document, so each font, picture and link target is written once. */
export class PdfPainter {
  private readonly embedded = new Map<string, { font: EmbeddedPdfFont; name: string }>();
  private readonly opened = new Map<string, PdfImage>();
  /** One URI action per target, shared by every link area to it (issue 10: a long URL cut over
   * a thousand lines was written out once per line, 159 MB for a 100 KB URL). */
  private readonly actions = new Map<string, PdfRef>();
  /** A tagged link's description (/Contents), one per target as well, and short (see `description`). */
  private readonly descriptions = new Map<string, PdfRef>();
  private readonly colours = new Map<Colour, { values: string; stroke: string; fill: string }>();
  private readonly text = new TextObjects((line) => this.writeLine(line));

  constructor(
    private readonly doc: PdfDocumentInternals,
    private readonly options: RenderPdfOptions,
    private readonly height: number,
  ) {}

  private colour(name: Colour): { values: string; stroke: string; fill: string } {
    let operands = this.colours.get(name);
    if (operands === undefined) this.colours.set(name, (operands = colourOperands(this.options.colours[name], this.options.pdfa !== undefined)));
    return operands;
  }

  private embeddedFont(key: string): { font: EmbeddedPdfFont; name: string } {
    let entry = this.embedded.get(key);
    if (!entry) {
      const loaded = this.options.fonts.get(key);
      if (!loaded) throw new Error(`renderPdf: glyph run names unknown font ${key}`);
      entry = { font: new EmbeddedPdfFont(this.doc, loaded, this.options.cacheDir !== undefined ? { cacheDir: this.options.cacheDir } : {}), name: `F${this.embedded.size + 1}` };
      this.embedded.set(key, entry);
    }
    return entry;
  }

  /** A font for the page being painted (in its resources). */
  private fontFor(key: string): { font: EmbeddedPdfFont; name: string } {
    const entry = this.embeddedFont(key);
    this.doc.page.fonts[entry.name] = entry.font.ref;
    return entry;
  }

  /**
   * Tells each font every glyph the pages will draw, before any is painted, so that it numbers
   * them in the order of their ids (embedFont.ts): call once with all the pages of the file.
   */
  plan(pages: TypesetDocument['pages']): void {
    for (const page of pages) {
      for (const item of page.items) {
        if (item.kind !== 'glyphs') continue;
        const { font } = this.embeddedFont(item.font);
        for (const g of item.glyphs) font.plan(g.id);
      }
    }
  }

  rule(r: RuleItem): void {
    const y = this.height - r.y;
    const c = this.colour(r.colour);
    this.write(`q ${c.values} ${c.stroke} ${num(r.thickness)} w 0 J ${num(r.x)} ${num(y)} m ${num(r.x + r.width)} ${num(y)} l S Q`);
  }

  /**
   * Places an image XObject (each file embedded once, JPEG without re-encoding).
   *
   * @throws {DiagnosticError} When the picture changed since it was read and is no longer usable.
   */
  async image(item: ImageItem): Promise<void> {
    let image = this.opened.get(item.src);
    if (image === undefined) {
      const bytes = await (this.options.loadImage ?? reloadImage)(item.src);
      image = this.doc.openImage(bytes);
      const key = pngColourKey(bytes);
      if (key !== undefined && image.image !== undefined) {
        image.image.transparency = key.length === 1 ? { grayscale: key[0] } : { rgb: key };
      }
      this.opened.set(item.src, image);
    }
    if (!image.obj) image.embed(this.doc);
    // A CMYK JPEG is kept as it is, DeviceCMYK, which PDF/A forbids beside an sRGB output intent
    // (ISO 19005-2 §6.2.4.3); converting it would mean decoding and re-encoding the picture.
    if (this.options.pdfa && image.obj?.data['ColorSpace'] === 'DeviceCMYK') {
      const place = { file: item.src, line: 0, column: 0, severity: 'error' as const, rule: 'pdfa/cmyk-picture' };
      throw new DiagnosticError(diagnostic(place, m('pdfa.cmyk-picture', { name: path.basename(item.src) }), m('pdfa.cmyk-picture-hint')));
    }
    if (image.obj) this.doc.page.xobjects[image.label] = image.obj;
    const y = this.height - item.y - item.height;
    this.write(`q ${num(item.width)} 0 0 ${num(item.height)} ${num(item.x)} ${num(y)} cm /${image.label} Do Q`);
  }

  /** A URI link annotation; tagged, as a Link element's object reference, with the target as its description. */
  link(item: LinkItem, structParent?: PdfStructureElement): void {
    // The reader dropped unsafe targets with a warning; this guards what any other caller passes.
    const url = safeLinkUrl(item.url);
    if (url === undefined) {
      structParent?.end();
      return;
    }
    // pdfkit's own transform still holds its top-left flip, which is what this rectangle is in.
    let action = this.actions.get(url);
    if (!action) {
      action = this.doc.ref({ S: 'URI', URI: new String(pdfUri(url)) });
      action.end();
      this.actions.set(url, action);
    }
    const tagged = structParent ? { structParent, Contents: this.description(url) } : {};
    this.doc.annotate(item.x, item.y, item.width, item.height, { Subtype: 'Link', A: action, ...tagged });
    structParent?.end();
  }

  /**
   * What a screen reader says for a link: its target, at most {@link DESCRIPTION_CHARS}
   * characters of it, written once and shared by the link's areas on every line.
   */
  private description(url: string): PdfRef {
    let ref = this.descriptions.get(url);
    if (!ref) {
      const text = pdfText(url);
      const short = [...text].length > DESCRIPTION_CHARS ? `${[...text].slice(0, DESCRIPTION_CHARS).join('')}…` : text;
      ref = this.doc.ref(new String(short) as unknown as Record<string, unknown>);
      ref.end();
      this.descriptions.set(url, ref);
    }
    return ref;
  }

  /**
   * Paints glyphs at the positions the typesetter chose: TJ offsets correct each advance, and the
   * glyphs between two offsets share one string (most of a line of Han text needs none).
   * Runs follow one another in one text object until something else is painted or
   * {@link endText} is called (textObjects.ts).
   */
  glyphs(run: GlyphRun): void {
    const first = run.glyphs[0];
    if (!first) return;
    const { font, name } = this.fontFor(run.font);
    const colour = this.colour(run.colour);
    const size = run.size;
    // Glyphs between two offsets share one string: `(…)`, not `(.)(.)` (2 bytes a glyph fewer).
    const parts: string[] = [];
    let codes: number[] = [];
    let pen = first.x;
    for (const g of run.glyphs) {
      const offset = g.x - pen;
      if (Math.abs(offset) > 0.0005) {
        const adjust = Math.round((-offset * 1000 * 1000) / size) / 1000;
        if (codes.length > 0) parts.push(codeString(codes));
        codes = [];
        parts.push(num(adjust));
        pen -= (adjust * size) / 1000;
      }
      const { code, width } = font.encode(g.id, g.text);
      codes.push(code);
      pen += (width * size) / 1000;
    }
    if (codes.length > 0) parts.push(codeString(codes));
    // Faces without a bold: fill and stroke at 0.03 em, as Word does (docs/layout.md D.2).
    const bold = run.bold ? { bold: { stroke: `${colour.values} ${colour.stroke}`, width: `${num(size * 0.03)} w` } } : {};
    const fill = `${colour.values} ${colour.fill}`;
    this.text.show({ x: first.x, y: this.height - run.y, fill, ...bold, font: `/${name} ${num(size)} Tf`, shown: parts.join('') });
  }

  /** Closes the open text object, if any: before other content or a marked-content operator. */
  endText(): void {
    this.text.end();
  }

  /** Ends the page's content: the next page's stream starts with nothing set. */
  endPage(): void {
    this.text.end();
    this.text.reset();
  }

  /** Adds an operator line to the page's content stream, outside any text object. */
  write(content: string): void {
    this.endText();
    this.writeLine(content);
  }

  /**
   * Adds a line to the page's content stream, as bytes: pdfkit turns a string into bytes one
   * character at a time in JavaScript, Buffer does it natively.
   */
  private writeLine(content: string): void {
    this.doc.addContent(Buffer.from(`${content}\n`, 'latin1'));
  }

  finish(): void {
    for (const { font } of this.embedded.values()) font.finish();
  }
}

/**
 * Adds headings as bookmarks under `root`, nested by level, each pointing at its line.
 *
 * @param pageRefs The page dictionaries of the document's pages, as {@link paintPages} returns them.
 */
export function addBookmarks(root: PdfOutlineItem, bookmarks: readonly Bookmark[], pageRefs: readonly PdfRef[], height: number): void {
  const stack: { level: number; item: PdfOutlineItem }[] = [];
  for (const b of bookmarks) {
    const page = pageRefs[b.page - 1];
    if (page === undefined) continue;
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= b.level) stack.pop();
    const parent = stack.at(-1)?.item ?? root;
    const item = parent.addItem(pdfText(b.title), { expanded: true });
    // pdfkit computes the XYZ left from the page width; point at the heading's line instead.
    item.outlineData['Dest'] = [page, 'XYZ', 0, Math.round(height - b.y + 4), 0];
    stack.push({ level: b.level, item });
  }
}

/**
 * A new pdfkit document with the properties of `info` (docs/layout.md A.6), PDF/A and tagging as
 * asked, and its bytes once ended, their file identifier computed from them ({@link stampPdfId}).
 */
export function openPdf(info: PdfInfo, options: Pick<RenderPdfOptions, 'pdfa' | 'tagged'> = {}): { doc: PdfDocumentInternals; done: Promise<Buffer>; tagged: boolean } {
  const tagged = options.tagged ?? options.pdfa !== undefined;
  // PDF/A wants every Info entry repeated in the XMP packet: an empty subject is left out of both.
  const subject = options.pdfa !== undefined && info.subject === '' ? {} : { Subject: pdfText(info.subject) };
  const pdf = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    font: null,
    ...(tagged ? { tagged: true } : {}),
    info: {
      Title: pdfText(info.title),
      Author: pdfText(info.author),
      ...subject,
      Creator: pdfText(info.creator),
      Producer: pdfText(info.creator),
      CreationDate: info.creationDate,
      ModDate: info.creationDate,
    },
  } as unknown as PDFKit.PDFDocumentOptions);
  const doc = pdf as unknown as PdfDocumentInternals;
  // pdfkit's own /ID hashes the Info dictionary and the clock; ours is made from the finished bytes.
  doc._id = PENDING_PDF_ID;
  // The header pdfkit wrote as it was made waits in the stream's buffer.
  const header = doc.read();
  const chunks: Uint8Array[] = header === null ? [] : [header];
  const done = new Promise<Buffer>((resolve, reject) => {
    // pdfkit is a Readable stream that pushes every line of every object as a chunk of its own:
    // the chunks are taken as pushed, without the stream's buffering and events (a 228-page
    // issue pushes thousands; the stream machinery cost more than the rest of the file's bytes).
    // The identifier is stamped last, into the file as it is written (object streams and all).
    doc.push = (chunk) => {
      if (chunk === null) resolve(stampPdfId(packObjectStreams(Buffer.concat(chunks))));
      else chunks.push(chunk);
      return true;
    };
    doc.on('error', reject);
  });
  if (options.pdfa) makePdfa(doc, info, options.pdfa);
  else {
    doc._addInfo = () => doc.appendXML(documentDescriptions(info));
    doc.endMetadata = () => endCompressedMetadata(doc);
  }
  return { doc, done, tagged };
}

/**
 * Writes the XMP packet as pdfkit's endMetadata does, but deflated like every other stream (and
 * without pdfkit's stray `/length` entry): 490 of the reference's bytes (issue 13). A metadata
 * stream may have filters (ISO 32000-1 §14.3.2); left plain, tools that do not read PDF can scan
 * a file for the packet, and PDF/A, whose packet is the record, keeps it so (pdfaMetadata.ts).
 */
function endCompressedMetadata(doc: PdfDocumentInternals): void {
  doc._addInfo();
  doc.metadata.end();
  const ref = doc.ref({ Type: 'Metadata', Subtype: 'XML' });
  ref.end(Buffer.from(doc.metadata.getXML(), 'utf8'));
  doc._root.data['Metadata'] = ref;
}

/**
 * Paints typeset pages into an open document, one PDF page each, after the pages it has: the
 * seam between one issue and a volume of them (src/volume), which paints many page lists through
 * one painter.
 *
 * @param structure The structure tree the pages' content is marked in (optional: tagged PDF only).
 * @returns The page dictionaries added, in order (bookmark destinations).
 */
export async function paintPages(
  doc: PdfDocumentInternals,
  painter: PdfPainter,
  typeset: Pick<TypesetDocument, 'width' | 'height' | 'pages'>,
  structure?: StructureTree,
): Promise<PdfRef[]> {
  const refs: PdfRef[] = [];
  for (const page of typeset.pages) {
    structure?.close();
    addPage(doc, typeset.width, typeset.height);
    refs.push(doc.page.dictionary);
    for (const item of page.items) {
      // A link is an annotation, not content: it opens no marked-content sequence.
      if (structure && item.kind !== 'link') structure.mark(item.kind === 'rule' ? undefined : item.kind === 'glyphs' && item.lead ? item.lead.struct : item.struct);
      switch (item.kind) {
        case 'rule':
          painter.rule(item);
          break;
        case 'glyphs':
          if (structure && item.lead) {
            // A list item's marker and its first words share a run: tagged, each is painted under its element.
            painter.glyphs({ ...item, glyphs: item.glyphs.slice(0, item.lead.glyphs) });
            structure.mark(item.struct);
            painter.glyphs({ ...item, glyphs: item.glyphs.slice(item.lead.glyphs) });
          } else painter.glyphs(item);
          break;
        case 'image':
          await painter.image(item);
          break;
        case 'link':
          painter.link(item, structure?.linkElement(item.struct));
          break;
      }
    }
    painter.endPage();
  }
  structure?.close();
  return refs;
}

/**
 * Adds a page of `width` by `height` points. pdfkit flips a new page to a top-left origin, in its
 * transformation matrix (through which it places link rectangles) and in the content stream; the
 * painter paints in PDF's own coordinates, so the stream is kept from the flip (it used to get
 * the flip, then its undoing). Nor does the page keep pdfkit's /UserUnit 1, the default, and
 * /ProcSet, which readers ignore since PDF 1.4 (ISO 32000-1 §14.2): 38 bytes of the reference.
 */
function addPage(doc: PdfDocumentInternals, width: number, height: number): void {
  const addContent = doc.addContent;
  doc.addContent = () => doc;
  try {
    doc.addPage({ size: [width, height], margin: 0 });
  } finally {
    doc.addContent = addContent;
  }
  delete doc.page.dictionary.data['UserUnit'];
  delete doc.page.resources.data['ProcSet'];
}

/**
 * Paints a typeset document into PDF bytes. pdfkit is only the object writer: no text layout of
 * its own. Same input, same bytes: dates come from the caller and the file ID from the bytes,
 * wherever the inputs lie ({@link stampPdfId}).
 */
export async function renderPdf(typeset: TypesetDocument, options: RenderPdfOptions): Promise<Buffer> {
  const info = options.info;
  const { doc, done, tagged } = openPdf(info, options);
  const painter = new PdfPainter(doc, options, typeset.height);
  painter.plan(typeset.pages);
  const pageRefs = await paintPages(doc, painter, typeset, tagged ? new StructureTree(doc, () => painter.endText()) : undefined);
  addBookmarks(doc.outline, typeset.bookmarks, pageRefs, typeset.height);
  painter.finish();
  doc.end();
  return await done;
}
