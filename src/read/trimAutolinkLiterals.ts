import type { Link, Nodes, Text } from 'mdast';
import { isCjkPunctuation, isHan } from './softBreak.js';

// Marks shared with Western text that, next to a URL in Chinese text, close the sentence.
const closing = /^[\u2018\u2019\u201C\u201D\u2014\u2026]$/u;

// GFM drops these from the end of an autolink literal ("trailing punctuation", GFM 6.9).
const trailing = /[?!.,:*_~]+$/u;

/**
 * End bare URLs at the first Han character or Chinese punctuation mark, in place.
 *
 * GFM ends an autolink literal only at white space or `<`, since Western text puts a space after
 * a URL; Chinese text does not, so `见 https://x.org/a，详情` would link `https://x.org/a，详情`.
 * A URL with Han characters in it can still be written `<https://…>` or `[text](url)`. E-mail
 * literals need nothing: GFM already ends them at the first character a domain cannot hold.
 *
 * @param tree The mdast tree, changed in place.
 * @param lines The source lines, to tell literals (`www.x.org`) from written links (`<…>`, `[…](…)`).
 */
export function trimAutolinkLiterals(tree: Nodes, lines: readonly string[]): void {
  if (!('children' in tree)) return;
  // Widened so a text node can be inserted: a link's parent always accepts phrasing content.
  const children = tree.children as Nodes[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child === undefined) continue;
    const tail = child.type === 'link' && isLiteral(child, lines) ? trim(child) : undefined;
    if (tail === undefined) {
      trimAutolinkLiterals(child, lines);
      continue;
    }
    const next = children[i + 1];
    // Join the cut-off text to the text after the link: one run of text, as the parser would give.
    if (next?.type === 'text' && next.position !== undefined && tail.position !== undefined && next.position.start.line === tail.position.end.line) {
      next.value = tail.value + next.value;
      next.position = { start: tail.position.start, end: next.position.end };
    } else children.splice(i + 1, 0, tail);
  }
}

function isLiteral(link: Link, lines: readonly string[]): boolean {
  const start = link.position?.start;
  if (start === undefined) return false;
  const first = lines[start.line - 1]?.[start.column - 1];
  return first !== '<' && first !== '[';
}

/** Shorten the link to its URL proper; returns the text cut off, or `undefined` if none. */
function trim(link: Link): Text | undefined {
  const text = link.children[0];
  if (link.children.length !== 1 || text?.type !== 'text' || !link.url.endsWith(text.value)) return undefined;
  const chars = Array.from(text.value);
  const cut = chars.findIndex((c) => isHan(c) || isCjkPunctuation(c) || closing.test(c));
  if (cut <= 0) return undefined;
  const head = chars.slice(0, cut).join('').replace(trailing, '');
  if (head === '') return undefined;
  const rest = text.value.slice(head.length);
  link.url = link.url.slice(0, link.url.length - text.value.length) + head;
  text.value = head;
  const end = link.position?.end;
  const start = link.position?.start;
  if (start === undefined || end === undefined) return { type: 'text', value: rest };
  // A literal never spans lines, so the cut is on the start line, head.length units in.
  const at = { line: start.line, column: start.column + head.length, ...(start.offset === undefined ? {} : { offset: start.offset + head.length }) };
  link.position = { start, end: at };
  text.position = { start: text.position?.start ?? start, end: at };
  return { type: 'text', value: rest, position: { start: at, end } };
}
