import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { IssueMeta } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { roleClass } from './fontRoleClass.js';
import { mastheadHtmlParts, type HtmlMastheadPart } from './mastheadHtmlParts.js';

/** `2014-10-17`: the machine-readable form of the issue date for `<time datetime>`. */
function isoDate(meta: IssueMeta): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(meta.date.year).padStart(4, '0')}-${pad(meta.date.month)}-${pad(meta.date.day)}`;
}

function dateElement(meta: IssueMeta, text: string, className: string[]): Element {
  return h('p', { className }, h('time', { dateTime: isoDate(meta) }, text));
}

function partElement(p: HtmlMastheadPart, meta: IssueMeta, logos: ReadonlyMap<string, string>): ElementContent {
  switch (p.kind) {
    case 'text': {
      const kind = p.part.kind === 'title' ? 'masthead-title' : p.part.kind === 'issueLine' ? 'issue-line' : 'masthead-text';
      return h(p.heading ? 'h1' : 'p', { className: [kind, roleClass(p.part.role)] }, p.text);
    }
    case 'sponsors': {
      const list = h('dl', { className: ['sponsors', ...(p.part.layout === 'centred' ? ['sponsors-centred'] : [])] }, [
        ...(p.part.label !== '' ? [h('dt', p.part.label)] : []),
        ...meta.sponsors.map((s) => h('dd', s)),
      ]);
      return h('div', { className: ['sponsors-line', roleClass(p.part.role)] }, [list, ...(p.date ? [dateElement(meta, p.date.text, ['date', roleClass(p.date.part.role)])] : [])]);
    }
    case 'date':
      return dateElement(meta, p.text, ['date', 'masthead-date', roleClass(p.part.role)]);
    case 'logo': {
      // Without its picture (a document built in code) the logo keeps its place, empty.
      const src = logos.get(p.part.src);
      return src === undefined ? h('span', { className: ['masthead-logo'] }) : h('img', { className: ['masthead-logo'], src, alt: '' });
    }
    case 'rule':
      return h('div', { className: ['masthead-rule', `rule-${p.part.style ?? 'thick-thin'}`], ariaHidden: 'true' }, p.part.style === 'star' ? [h('span', '★')] : []);
  }
}

/**
 * The page-1 masthead as a `header`, its parts in the template's order as the PDF sets them (the
 * stylesheet puts each on its grid line, `mastheadCss`): the first title as the page's one `h1`,
 * the issue line and labels as paragraphs, the sponsors as a description list (主办单位： → each
 * sponsor) with the date beside the last one, logos as images, rules as empty boxes the stylesheet
 * draws. A part whose text comes out empty is left out, as in the PDF.
 *
 * @param meta The issue's metadata.
 * @param template The template: its masthead parts and their font roles.
 * @param logos Each logo's `data:` URL, by its path (optional; a logo without one is an empty box).
 * @returns The `header` element.
 */
export function mastheadToHast(meta: IssueMeta, template: Template, logos: ReadonlyMap<string, string> = new Map()): Element {
  const { parts } = mastheadHtmlParts(meta, template);
  return h(
    'header',
    { className: ['masthead'] },
    parts.map((p) => partElement(p, meta, logos)),
  );
}
