import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Heading } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { inlineText } from '../../typeset/inlines.js';
import { roleClass } from './fontRoleClass.js';

/** The id of the n-th article's title (from 1): stable, so links to it survive a rebuild. */
export function articleId(n: number): string {
  return `article-${n}`;
}

/**
 * 本期要目 (issue 6): with two or more articles, a `nav` after the masthead listing their titles,
 * each a link to its article's title; undefined for an issue of one article. The PDF puts each
 * article's page number after its title; printed HTML cannot: that needs CSS `target-counter()`,
 * which Chromium does not implement (it prints nothing), so the page shows the titles only.
 *
 * @param titles The articles' `#` headings, in order.
 * @param template The contents block's title and font roles.
 */
export function contentsToHast(titles: readonly Heading[], template: Template): Element | undefined {
  if (titles.length < 2) return undefined;
  const c = template.contents;
  return h('nav', { className: ['contents'], ariaLabelledBy: 'contents-title' }, [
    h('h2', { id: 'contents-title', className: ['contents-title', roleClass(c.role)] }, c.title),
    h(
      'ol',
      { className: ['contents-list', roleClass(c.entryRole)] },
      titles.map((title, i) => h('li', h('a', { href: `#${articleId(i + 1)}` }, inlineText(title.children)))),
    ),
  ]);
}
