/**
 * The parts of pdfkit's object layer we use as a painter: references, page resources and the raw
 * content stream. They are stable across pdfkit 0.13–0.20 but not in its type definitions.
 */
export interface PdfRef {
  data: Record<string, unknown>;
  write(chunk: Uint8Array | string): void;
  end(chunk?: Uint8Array | string): void;
}

/** An image pdfkit has opened: embedded once, placed by its label. */
export interface PdfImage {
  label: string;
  obj?: PdfRef;
  /** A PNG's parsed file (png-js); its colour key becomes the image's /Mask when embedded. */
  image?: { transparency: { grayscale?: number | undefined; rgb?: readonly number[] } };
  embed(doc: unknown): void;
}

export interface PdfOutlineItem {
  outlineData: Record<string, unknown>;
  addItem(title: string, options?: { expanded?: boolean }): PdfOutlineItem;
}

/** A structure element of pdfkit's tagged-PDF support (`doc.struct`). */
export interface PdfStructureElement {
  add(child: PdfStructureElement | PdfStructureContent): PdfStructureElement;
  end(): void;
}

/** A marked-content sequence that belongs to a structure element (`doc.markStructureContent`). */
export interface PdfStructureContent {
  readonly refs: readonly unknown[];
}

export interface PdfDocumentInternals {
  ref(data?: Record<string, unknown>): PdfRef;
  /** Appends to the page's content stream: a string gets a newline and is turned into bytes (latin1), bytes go as they are. */
  addContent(data: string | Uint8Array): unknown;
  addPage(options: { size: [number, number]; margin: number }): unknown;
  page: { fonts: Record<string, PdfRef>; xobjects: Record<string, PdfRef>; dictionary: PdfRef; resources: PdfRef };
  /** pdfkit's image loader: JPEG data is kept as is (DCTDecode), PNG alpha becomes a soft mask. */
  openImage(src: string | Uint8Array): PdfImage;
  /** A URI link annotation; the rectangle is in pdfkit's top-left page coordinates. */
  link(x: number, y: number, w: number, h: number, url: string): unknown;
  /** An annotation of any subtype; a Link gets no border and the print flag, as `link` gives it. */
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): unknown;
  outline: PdfOutlineItem;
  /** Tagged PDF (pdfkit 0.14+): structure elements and the marked content they own. */
  struct(type: string, options?: { alt?: string; scope?: string }): PdfStructureElement;
  addStructure(element: PdfStructureElement): unknown;
  markContent(tag: string): unknown;
  markStructureContent(tag: string): PdfStructureContent;
  endMarkedContent(): unknown;
  /** The document catalogue, written at the end: OutputIntents and /PageLabels go in here. */
  _root: PdfRef;
  /**
   * Appends the document's descriptions to the XMP packet when the file ends (pdfkit's from the
   * Info dictionary, unescaped); replaced per document for PDF/A.
   */
  _addInfo(): void;
  appendXML(xml: string, newline?: boolean): void;
  /** The XMP packet being made: ended (closing tags added), then read. */
  metadata: { end(): void; getXML(): string };
  /** Completes the XMP packet and writes it as the catalogue's /Metadata stream, when the file ends. */
  endMetadata(): void;
  /** The file identifier written to the trailer (pdfkit derives it from the Info dictionary; openPdf replaces it). */
  _id: Uint8Array;
  end(): void;
  /** Readable's read: what the stream holds so far, or null. */
  read(): Uint8Array | null;
  /** Readable's push, through which pdfkit hands over every chunk of the file; null at its end. */
  push(chunk: Uint8Array | null): boolean;
  on(event: 'error', listener: (e: Error) => void): unknown;
}
