import type { IssueMeta } from '../model/document.js';
import { fillPattern } from '../template/pattern.js';
import type { Template } from '../template/template.js';
import { patternValues } from './masthead.js';

/** A line of the colophon: text flush left, and text flush right on the same line (GB/T 9704's 印发日期). */
export interface ColophonLine {
  readonly left: string;
  readonly right?: string;
}

/** The built-in colophon (docs/layout.md A.4): distribution, secretariat name, then address fields. */
function builtinLines(meta: IssueMeta): ColophonLine[] {
  const lines: ColophonLine[] = [];
  const dist = meta.distribution;
  if (dist) {
    for (const label of ['报', '送', '发'] as const) {
      const list = dist[label];
      if (list && list.length > 0) lines.push({ left: `${label}：${list.join('、')}` });
    }
  }
  const s = meta.secretariat;
  if (s) {
    lines.push({ left: s.name });
    const fields = [s.address && `地址：${s.address}`, s.postcode && `邮编：${s.postcode}`, s.email && `邮箱：${s.email}`, s.phone && `电话：${s.phone}`].filter((f): f is string => Boolean(f));
    if (fields.length > 0) lines.push({ left: fields.join('\u3000') });
  }
  return lines;
}

/**
 * The colophon's lines: the template's `colophon.lines` with the issue's fields filled in (a line
 * whose patterns all come out empty is left out), or, when it gives none, the built-in ones.
 */
export function colophonLines(meta: IssueMeta, template: Template): ColophonLine[] {
  const own = template.colophon.lines;
  if (own === undefined) return builtinLines(meta);
  const values = patternValues(meta);
  return own.flatMap((l) => {
    const left = fillPattern(l.left, values);
    const right = l.right === undefined ? '' : fillPattern(l.right, values);
    return left === '' && right === '' ? [] : [right === '' ? { left } : { left, right }];
  });
}
