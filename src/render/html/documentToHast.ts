import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Block, BulletinDocument, Heading } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { blocksToHast, type BlockContext } from './blocksToHast.js';
import { articleId, contentsToHast } from './contentsToHast.js';
import { roleClass } from './fontRoleClass.js';
import { footnotesToHast, linkFootnoteCalls } from './footnotesToHast.js';
import { colophonToHast, disclaimerToHast } from './lastPageToHast.js';
import { mastheadToHast } from './mastheadToHast.js';
import type { MeasureText } from './tableColumns.js';

interface Parts {
  /** What comes before the first article title: the editor's note of the whole issue. */
  readonly lead: readonly Block[];
  /** Each article: its `#` heading, then its blocks. */
  readonly articles: readonly (readonly [Heading, ...Block[]])[];
}

/** Each `#` heading opens an article (issue 6), which runs to the next one. */
function splitArticles(blocks: readonly Block[]): Parts {
  const lead: Block[] = [];
  const articles: [Heading, ...Block[]][] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === 1) articles.push([block]);
    else (articles.at(-1) ?? lead).push(block);
  }
  return { lead, articles };
}

/**
 * The issue as the `body` of an HTML page, built from the document model (not the Markdown):
 * `header` (masthead) · `nav` (本期要目, when there are two or more articles) · `main` ·
 * `footer` (colophon). `main` holds one `article` per `#` title (its `h1` carries the id the
 * contents link to), after a `div.preamble` with what precedes the first title (the editor's
 * note); an issue without `#` titles is one `article`. Each part ends with the notes first called
 * in it: a web page has no page foot. The body's class sets the body face every element
 * inherits unless it names another role.
 *
 * @param doc The read, validated issue.
 * @param template The template the PDF uses too.
 * @param images Each figure's image file as a `data:` URL (optional when the issue has none).
 * @param measure Text widths in the page's fonts, for tables (optional: the browser lays them out).
 * @returns The `body` element (not yet sanitised or autospaced).
 */
export function documentToHast(doc: BulletinDocument, template: Template, images: ReadonlyMap<string, string> = new Map(), measure?: MeasureText): Element {
  const ctx: BlockContext = { template, images, ...(measure ? { measure } : {}) };
  const { lead, articles } = splitArticles(doc.blocks);
  const parts: Element[] = [];
  if (articles.length === 0) parts.push(h('article', blocksToHast(lead, ctx)));
  else if (lead.length > 0) parts.push(h('div', { className: ['preamble'] }, blocksToHast(lead, ctx)));
  articles.forEach((blocks, i) => {
    const article = h('article', blocksToHast(blocks, ctx));
    const title = article.children[0];
    if (title?.type === 'element') title.properties['id'] = articleId(i + 1);
    parts.push(article);
  });
  // Notes go after the part that calls them first; calls are numbered in reading order.
  const calls = new Map<number, number>();
  const placed = new Set<number>();
  parts.forEach((part, i) => {
    const numbers = linkFootnoteCalls(part, calls);
    // A note no part calls (only a note's own text does) goes with the last part.
    if (i === parts.length - 1) numbers.push(...doc.footnotes.map((n) => n.number).filter((n) => !placed.has(n) && !numbers.includes(n)));
    numbers.forEach((n) => placed.add(n));
    const notes = footnotesToHast(doc.footnotes.filter((note) => numbers.includes(note.number)), template);
    if (notes) part.children.push(notes);
  });
  const disclaimer = disclaimerToHast(doc.meta, template);
  const colophon = colophonToHast(doc.meta, template);
  const contents = contentsToHast(articles.map(([title]) => title), template);
  return h('body', { className: [roleClass(template.body.role)] }, [
    mastheadToHast(doc.meta, template, images),
    ...(contents ? [contents] : []),
    h('main', [...parts, ...(disclaimer ? [disclaimer] : [])]),
    ...(colophon ? [colophon] : []),
  ]);
}
