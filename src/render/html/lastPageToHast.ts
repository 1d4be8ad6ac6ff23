import type { Element } from 'hast';
import { h } from 'hastscript';
import type { IssueMeta } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { colophonTexts, disclaimerText } from '../../typeset/lastPage.js';
import { roleClass } from './fontRoleClass.js';

/** The centred disclaimer `（交流资料　仅供参考）` (docs/layout.md A.4), or undefined when there is none. */
export function disclaimerToHast(meta: IssueMeta, template: Template): Element | undefined {
  if (!meta.disclaimer) return undefined;
  return h('p', { className: ['disclaimer', roleClass(template.disclaimer.role)] }, disclaimerText(meta.disclaimer, template.disclaimer.format));
}

/**
 * The colophon (报尾, docs/layout.md A.4) as the page's `footer`: distribution lines, the secretariat
 * and its address, one paragraph per line; undefined when the issue has none of them.
 */
export function colophonToHast(meta: IssueMeta, template: Template): Element | undefined {
  const lines = colophonTexts(meta);
  if (lines.length === 0) return undefined;
  return h('footer', { className: ['colophon', roleClass(template.colophon.role)] }, lines.map((line) => h('p', line)));
}
