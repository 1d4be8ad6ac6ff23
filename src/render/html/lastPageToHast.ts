import type { Element } from 'hast';
import { h } from 'hastscript';
import type { IssueMeta } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { colophonLines } from '../../typeset/colophonLines.js';
import { disclaimerText } from '../../typeset/lastPage.js';
import { roleClass } from './fontRoleClass.js';

/** The centred disclaimer `（交流资料　仅供参考）` (docs/layout.md A.4), or undefined when there is none. */
export function disclaimerToHast(meta: IssueMeta, template: Template): Element | undefined {
  if (!meta.disclaimer) return undefined;
  return h('p', { className: ['disclaimer', roleClass(template.disclaimer.role)] }, disclaimerText(meta.disclaimer, template.disclaimer.format));
}

/**
 * The colophon (报尾, docs/layout.md A.4; GB/T 9704's 版记) as the page's `footer`, one paragraph per
 * line: the template's lines, or the distribution lines, the secretariat and its address; a line
 * with a part flush right (印发日期) holds it in a span of its own. Undefined when there is nothing.
 */
export function colophonToHast(meta: IssueMeta, template: Template): Element | undefined {
  const lines = colophonLines(meta, template);
  if (lines.length === 0) return undefined;
  const ruled = template.colophon.innerRule !== undefined;
  return h(
    'footer',
    { className: ['colophon', ...(ruled ? ['colophon-ruled'] : []), roleClass(template.colophon.role)] },
    lines.map((line) => (line.right === undefined ? h('p', line.left) : h('p', { className: ['colophon-split'] }, [h('span', line.left), h('span', { className: ['colophon-right'] }, line.right)]))),
  );
}
