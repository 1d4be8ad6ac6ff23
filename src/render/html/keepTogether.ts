import type { Element, ElementContent, Text } from 'hast';
import { classify, isAlnum, NOT_AT_LINE_START } from '../../typeset/charClass.js';
import { NO_BREAK } from './autospace.js';

// Inline elements a kept-together run may hold whole; anything else (br, a nested block) ends it.
const INLINE = new Set(['strong', 'em', 'a', 'span', 'time', 'sup', 'code']);
// An inline element this short is moved whole into a kept-together run; a longer one is split
// (strong, em) or, past that, left as it is: nowrap over a long run would overflow a narrow line.
const WHOLE = 16;
// Elements whose clone may hold part of their text: no id, no link, no Han–Latin gap of their own.
const SPLITTABLE = new Set(['strong', 'em']);
// The blocks whose last line must not hold a single character (docs/layout.md B.3.4).
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'figcaption', 'dd']);
// The masthead's lines the stylesheet keeps on one line on screen, and the PDF on paper.
const ONE_LINE = new Set(['masthead-title', 'issue-line', 'date']);
// A paragraph's last line holds at least this many characters.
const LAST_LINE = 2;

/** A character that counts on a last line: Han or a Latin letter or digit, not a mark or a space. */
function isCharacter(ch: string): boolean {
  const cls = classify(ch);
  if (cls === 'latin') return isAlnum(ch);
  return cls === 'han' && ch !== '\u3000' && !NOT_AT_LINE_START.has(ch);
}

function text(value: string): Text {
  return { type: 'text', value };
}

function keep(children: ElementContent[]): Element {
  return { type: 'element', tagName: 'span', properties: { className: [NO_BREAK] }, children };
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

const isFootnoteCall = (node: ElementContent): boolean =>
  node.type === 'element' && node.tagName === 'sup' && Array.isArray(node.properties['className']) && node.properties['className'].includes('footnote-ref');

/**
 * The last piece of `node` to keep with what follows it, and what stays before it: the last
 * character of a text, a short inline element whole, or a clone of a long `strong`/`em` holding
 * its last character. Undefined when nothing can be cut off (a space, a long link, a `br`).
 */
function lastPiece(node: ElementContent): { before: ElementContent[]; piece: ElementContent } | undefined {
  if (node.type === 'text') {
    const chars = [...node.value];
    const last = chars.at(-1);
    if (last === undefined || last.trim() === '') return undefined;
    const rest = chars.slice(0, -1).join('');
    return { before: rest ? [text(rest)] : [], piece: text(last) };
  }
  if (node.type !== 'element' || !INLINE.has(node.tagName)) return undefined;
  if ([...textOf(node)].length <= WHOLE) return { before: [], piece: node };
  const tail = node.children.at(-1);
  if (!SPLITTABLE.has(node.tagName) || tail?.type !== 'text') return undefined;
  const inner = lastPiece(tail);
  if (!inner) return undefined;
  const head: Element = { ...node, children: [...node.children.slice(0, -1), ...inner.before] };
  const clone: Element = { ...node, properties: { ...node.properties }, children: [inner.piece] };
  return { before: [head], piece: clone };
}

/**
 * Keeps every footnote call on the line of the character before it (the PDF never starts a line
 * with ①: a browser may, UAX #14 resolving the circled digits to a class that breaks there).
 */
function keepFootnoteCalls(element: Element): void {
  const out: ElementContent[] = [];
  for (const child of element.children) {
    if (child.type === 'element') keepFootnoteCalls(child);
    const previous = out.at(-1);
    const cut = isFootnoteCall(child) && previous ? lastPiece(previous) : undefined;
    if (cut) out.splice(-1, 1, ...cut.before, keep([cut.piece, child]));
    else out.push(child);
  }
  element.children = out;
}

/** The characters of `node` that count on a last line: footnote calls do not. */
function countedCharacters(node: ElementContent): number {
  if (node.type === 'text') return [...node.value].filter(isCharacter).length;
  if (node.type !== 'element' || isFootnoteCall(node)) return 0;
  return node.children.reduce((n, child) => n + countedCharacters(child), 0);
}

/**
 * Where in `value` the last `needed` counted characters start, or -1 when it holds fewer: a
 * UTF-16 index, so a supplementary-plane character is not cut.
 */
function tailStart(value: string, needed: number): number {
  let count = 0;
  for (let j = value.length; j > 0; ) {
    const cp = value.codePointAt(j - 2);
    const width = cp !== undefined && cp > 0xffff ? 2 : 1;
    j -= width;
    if (isCharacter(value.slice(j, j + width)) && ++count === needed) return j;
  }
  return -1;
}

const isKept = (node: ElementContent): boolean =>
  node.type === 'element' && node.tagName === 'span' && Array.isArray(node.properties['className']) && node.properties['className'].includes(NO_BREAK);

/**
 * Keeps a paragraph's last two characters, and the marks and footnote calls after them, on one
 * line (孤字, docs/layout.md B.3.4): the run becomes one nowrap span. Gives up, leaving the
 * paragraph as it is, where the run would hold a line break or a long link.
 */
function keepLastCharacters(paragraph: Element): void {
  const children = paragraph.children;
  let needed = LAST_LINE;
  const wrap = (from: number, head: ElementContent[], first: ElementContent): void => {
    const run = [first, ...children.slice(from + 1)];
    paragraph.children = [...children.slice(0, from), ...head, ...(run.length === 1 && isKept(first) ? run : [keep(run)])];
  };
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i] as ElementContent;
    // The text holding the first of the run's characters: the node itself or a long strong's last text.
    const splittable = child.type === 'element' && SPLITTABLE.has(child.tagName) && [...textOf(child)].length > WHOLE ? child : undefined;
    const last = splittable?.children.at(-1);
    const inner = child.type === 'text' ? child : last?.type === 'text' ? last : undefined;
    if (child.type === 'element' && INLINE.has(child.tagName) && !splittable && [...textOf(child)].length <= WHOLE) {
      needed -= countedCharacters(child);
      if (needed <= 0) return wrap(i, [], child);
    } else if (inner) {
      const j = tailStart(inner.value, needed);
      if (j < 0 && child !== inner) return;
      if (j < 0) {
        needed -= countedCharacters(child);
        continue;
      }
      const head = inner.value.slice(0, j) ? [text(inner.value.slice(0, j))] : [];
      const piece = text(inner.value.slice(j));
      if (!splittable) return wrap(i, head, piece);
      const before: Element = { ...splittable, children: [...splittable.children.slice(0, -1), ...head] };
      const clone: Element = { ...splittable, properties: { ...splittable.properties }, children: [piece] };
      return wrap(i, [before], clone);
    } else return;
  }
}

function walk(element: Element): void {
  for (const child of element.children) if (child.type === 'element') walk(child);
  const className = element.properties['className'];
  const oneLine = Array.isArray(className) && className.some((c) => ONE_LINE.has(String(c)));
  if (PARAGRAPHS.has(element.tagName) && !oneLine) keepLastCharacters(element);
}

/**
 * The line-breaking rules of the PDF that a browser's line breaker does not know, as nowrap spans
 * around the characters that must share a line (issue 11): a footnote call never starts a line,
 * and a paragraph's last line never holds a single character. Only elements are added: the text,
 * hence what a reader copies or a search indexes, is unchanged. Works in place.
 *
 * @param root The page's body, after autospace (whose spans are kept whole here).
 */
export function keepTogether(root: Element): void {
  keepFootnoteCalls(root);
  walk(root);
}
