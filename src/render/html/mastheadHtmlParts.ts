import type { IssueMeta } from '../../model/document.js';
import type { MastheadPart, Template } from '../../template/schema.js';
import { fillPattern } from '../../template/pattern.js';
import { textPattern } from '../../template/mastheadParts.js';
import { formatDate, mastheadLayout, patternValues, type MastheadLayout } from '../../typeset/masthead.js';

type PartOf<K extends MastheadPart['kind']> = Extract<MastheadPart, { kind: K }>;

/** A masthead part as the page shows it: the PDF's part, its grid place and its text. */
export type HtmlMastheadPart =
  | { readonly kind: 'text'; readonly part: PartOf<'title'> | PartOf<'issueLine'> | PartOf<'text'>; readonly line: number; readonly lines: number; readonly text: string; readonly heading: boolean }
  | { readonly kind: 'sponsors'; readonly part: PartOf<'sponsors'>; readonly line: number; readonly lines: number; readonly date?: { readonly part: PartOf<'date'>; readonly text: string } }
  | { readonly kind: 'date'; readonly part: PartOf<'date'>; readonly line: number; readonly text: string }
  | { readonly kind: 'logo'; readonly part: PartOf<'logo'>; readonly line: number; readonly lines: number }
  | { readonly kind: 'rule'; readonly part: PartOf<'rule'>; readonly top: number; readonly height: number };

/**
 * The masthead's parts in the template's order, placed as the PDF places them (mastheadLayout),
 * for the page's `header` and its stylesheet, which must agree on them one by one: parts whose
 * text comes out empty (a corner label of a field the issue leaves out) are left out of both; the
 * first title is the page's `h1`; a date that the layout sets on the sponsors' last line goes
 * with them, so that a narrow screen can move it under them.
 */
export function mastheadHtmlParts(meta: IssueMeta, template: Template): { parts: HtmlMastheadPart[]; layout: MastheadLayout } {
  const layout = mastheadLayout(meta, template);
  const values = patternValues(meta);
  const parts: HtmlMastheadPart[] = [];
  let heading = false;
  for (const placed of layout.parts) {
    if ('top' in placed) {
      parts.push({ kind: 'rule', part: placed.part, top: placed.top, height: placed.height });
      continue;
    }
    const { part, line, lines } = placed;
    switch (part.kind) {
      case 'title':
      case 'issueLine':
      case 'text': {
        const text = fillPattern(textPattern(part), values);
        if (text === '') break;
        const isHeading: boolean = part.kind === 'title' && !heading;
        heading ||= isHeading;
        parts.push({ kind: 'text', part, line, lines, text, heading: isHeading });
        break;
      }
      case 'sponsors':
        if (meta.sponsors.length > 0) parts.push({ kind: 'sponsors', part, line, lines });
        break;
      case 'date': {
        const text = formatDate(meta, template);
        const last = parts.at(-1);
        if (last?.kind === 'sponsors' && last.date === undefined && line === last.line + last.lines - 1) parts[parts.length - 1] = { ...last, date: { part, text } };
        else parts.push({ kind: 'date', part, line, text });
        break;
      }
      case 'logo':
        parts.push({ kind: 'logo', part, line, lines });
        break;
    }
  }
  return { parts, layout };
}
