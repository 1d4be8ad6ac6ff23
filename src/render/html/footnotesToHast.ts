import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Footnote } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { circledNumber } from '../../typeset/inlines.js';
import { bodyRoles } from './blocksToHast.js';
import { footnoteId, inlinesToHast } from './inlinesToHast.js';

/** The id of the `k`-th call (from 1) of footnote `n`: `fnref-2`, then `fnref-2-2`, … */
export function footnoteCallId(n: number, k = 1): string {
  return k === 1 ? `fnref-${n}` : `fnref-${n}-${k}`;
}

const CALL = /^#fn-(\d+)$/;

/**
 * Gives each footnote call in `root` its id, in reading order, counting calls of the same note
 * across parts in `seen`. Works in place.
 *
 * @param root A part of the page (an article).
 * @param seen Per note number, the calls met so far (updated).
 * @returns The numbers of the notes first called in `root`, in order.
 */
export function linkFootnoteCalls(root: Element, seen: Map<number, number>): number[] {
  const first: number[] = [];
  const walk = (element: Element): void => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      const match = child.tagName === 'a' ? CALL.exec(String(child.properties['href'] ?? '')) : null;
      if (match) {
        const n = Number(match[1]);
        const k = (seen.get(n) ?? 0) + 1;
        seen.set(n, k);
        child.properties['id'] = footnoteCallId(n, k);
        if (k === 1) first.push(n);
      } else walk(child);
    }
  };
  walk(root);
  return first;
}

/**
 * The notes of one part of the page, after its text (a web page has no page foot): 小五 under a
 * short rule, each note's mark ① before it, as in the PDF, and a link back to its first call.
 *
 * @param notes The notes, in the order of their numbers.
 * @param template Size and roles of the notes.
 * @returns A `section`, or undefined when there are no notes.
 */
export function footnotesToHast(notes: readonly Footnote[], template: Template): Element | undefined {
  const first = notes[0];
  if (!first) return undefined;
  const roles = bodyRoles(template);
  return h('section', { className: ['footnotes'], ariaLabel: '注释' }, [
    h(
      'ol',
      first.number === 1 ? {} : { start: first.number },
      notes.map((note) =>
        h('li', { id: footnoteId(note.number) }, [
          h('a', { className: ['footnote-back'], href: `#${footnoteCallId(note.number)}`, ariaLabel: `返回正文${circledNumber(note.number)}` }, circledNumber(note.number)),
          h('div', note.paragraphs.map((p) => h('p', inlinesToHast(p.children, roles)))),
        ]),
      ),
    ),
  ]);
}
