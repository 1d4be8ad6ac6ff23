import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Inline } from '../../model/document.js';
import { circledNumber } from '../../typeset/inlines.js';
import type { FontRole } from '../../typeset/types.js';
import { roleClass } from './fontRoleClass.js';

/** The fonts inline markup switches to (docs/layout.md A.3: strong in Hei, emphasis in Kai, code in mono). */
export interface InlineRoles {
  readonly strong: FontRole;
  readonly emphasis: FontRole;
  readonly code: FontRole;
}

/** The id of footnote `n`'s text, which its calls link to. */
export function footnoteId(n: number): string {
  return `fn-${n}`;
}

/**
 * Turns model inlines into hast phrasing content. Text stays text (escaped by the serialiser);
 * links get `rel="noopener"`; the sanitiser decides later which URLs survive. A footnote call is
 * its mark (① as in the PDF) linking to the note; the calls get their ids, for the notes' links
 * back, once the whole page is built (documentToHast).
 *
 * @param inlines Model inlines of one paragraph or heading.
 * @param roles The font roles of `strong` and `emphasis` in this context.
 * @returns hast nodes, in order.
 */
export function inlinesToHast(inlines: readonly Inline[], roles: InlineRoles): ElementContent[] {
  return inlines.map((inline): ElementContent => {
    switch (inline.kind) {
      case 'text':
        return { type: 'text', value: inline.value };
      case 'code':
        return h('code', { className: [roleClass(roles.code)] }, inline.value);
      case 'break':
        return h('br');
      case 'strong':
        return h('strong', { className: [roleClass(roles.strong)] }, inlinesToHast(inline.children, roles));
      case 'emphasis':
        return h('em', { className: [roleClass(roles.emphasis)] }, inlinesToHast(inline.children, roles));
      case 'link':
        return h('a', { href: inline.url, rel: ['noopener'] }, inlinesToHast(inline.children, roles));
      case 'footnoteRef':
        return h('sup', { className: ['footnote-ref'] }, h('a', { href: `#${footnoteId(inline.number)}` }, circledNumber(inline.number)));
    }
  });
}
