import type { StructNode, StructPath } from '../../typeset/types.js';
import type { PdfDocumentInternals, PdfStructureElement } from './pdfkitInternals.js';
import { pdfText } from './pdfText.js';

/**
 * Writes the logical structure of a tagged PDF (ISO 32000-1 §14.7–14.8) while the pages are
 * painted: the content of each item is wrapped in a marked-content sequence that belongs to the
 * structure element its path names, everything else in an /Artifact sequence. Elements are made
 * the first time a path names them, so the tree holds them in reading order, and a paragraph or
 * table cut over pages stays one element with content on both.
 */
export class StructureTree {
  private readonly elements = new Map<string, PdfStructureElement>();
  private readonly keys = new WeakMap<StructPath, string>();
  private readonly root: PdfStructureElement;
  /** The marked-content sequence open on the page: an element's key, 'artifact' or none. */
  private open: string | undefined;

  /**
   * @param beforeMark Called before a marked-content operator is written (optional): the painter
   *   closes its text object there, so that sequences and text objects nest.
   */
  constructor(
    private readonly doc: PdfDocumentInternals,
    private readonly beforeMark: () => void = () => undefined,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /** Opens the sequence for content of `path` (none: an artifact), unless it is already open. */
  mark(path: StructPath | undefined): void {
    if (path === undefined || path.length === 0) {
      if (this.open === 'artifact') return;
      this.close();
      this.beforeMark();
      this.doc.markContent('Artifact');
      this.open = 'artifact';
      return;
    }
    const key = this.keyOf(path);
    if (this.open === key) return;
    this.close();
    this.beforeMark();
    const element = this.element(path, path.length, key);
    element.add(this.doc.markStructureContent((path.at(-1) as StructNode).role));
    this.open = key;
  }

  /**
   * A Link element for a link annotation over content of `path`, inside that content's element
   * (none for an artifact). Pass it to the annotation, then end it: ended at once, it records the
   * page it is on (pdfkit takes the current page when the element is written).
   */
  linkElement(path: StructPath | undefined): PdfStructureElement | undefined {
    if (path === undefined || path.length === 0) return undefined;
    const link = this.doc.struct('Link');
    this.element(path, path.length, this.keyOf(path)).add(link);
    return link;
  }

  /** Ends the open sequence: a sequence never spans pages. */
  close(): void {
    if (this.open === undefined) return;
    this.beforeMark();
    this.doc.endMarkedContent();
    this.open = undefined;
  }

  private keyOf(path: StructPath): string {
    let key = this.keys.get(path);
    if (key === undefined) {
      key = path.map((n) => `${n.role}:${n.key}`).join('/');
      this.keys.set(path, key);
    }
    return key;
  }

  /** The element of the first `depth` nodes of `path`, made with its parents when new. */
  private element(path: StructPath, depth: number, key: string): PdfStructureElement {
    let element = this.elements.get(key);
    if (element !== undefined) return element;
    const node = path[depth - 1] as StructNode;
    const parent = depth === 1 ? this.root : this.element(path, depth - 1, key.slice(0, key.lastIndexOf('/')));
    element = this.doc.struct(node.role, {
      ...(node.alt !== undefined ? { alt: pdfText(node.alt) } : {}),
      ...(node.role === 'TH' ? { scope: 'Column' } : {}),
    });
    parent.add(element);
    this.elements.set(key, element);
    return element;
  }
}
