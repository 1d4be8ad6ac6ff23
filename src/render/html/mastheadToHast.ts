import type { Element } from 'hast';
import { h } from 'hastscript';
import type { IssueMeta } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { firstPart } from '../../template/mastheadParts.js';
import { fillPattern } from '../../template/pattern.js';
import { formatDate, issueLine, patternValues } from '../../typeset/masthead.js';
import { roleClass } from './fontRoleClass.js';

/** `2014-10-17`: the machine-readable form of the issue date for `<time datetime>`. */
function isoDate(meta: IssueMeta): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(meta.date.year).padStart(4, '0')}-${pad(meta.date.month)}-${pad(meta.date.day)}`;
}

/**
 * The page-1 masthead (docs/layout.md A.2) as a `header`: the title as the page's one `h1`, the issue
 * line, the sponsors as a description list (主办单位： → each sponsor) with the date beside the
 * last one. The red thick-over-thin rule is drawn by the stylesheet.
 *
 * @param meta The issue's metadata.
 * @param template Font roles of the masthead's parts.
 * @returns The `header` element.
 */
export function mastheadToHast(meta: IssueMeta, template: Template): Element {
  const title = firstPart(template, 'title');
  const issue = firstPart(template, 'issueLine');
  const sponsors = firstPart(template, 'sponsors');
  return h('header', { className: ['masthead'] }, [
    h('h1', { className: ['masthead-title', roleClass(title?.role ?? 'title')] }, fillPattern(title?.text ?? '{title}', patternValues(meta))),
    h('p', { className: ['issue-line', roleClass(issue?.role ?? 'body')] }, issueLine(meta, template)),
    h('div', { className: ['sponsors-line', roleClass(sponsors?.role ?? 'body')] }, [
      h('dl', { className: ['sponsors'] }, [h('dt', sponsors?.label ?? ''), ...meta.sponsors.map((s) => h('dd', s))]),
      h('p', { className: ['date'] }, h('time', { dateTime: isoDate(meta) }, formatDate(meta, template))),
    ]),
  ]);
}
