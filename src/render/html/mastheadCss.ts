import type { IssueMeta } from '../../model/document.js';
import { colourOf, type Template } from '../../template/schema.js';
import { pt } from './cssPoints.js';
import { mastheadHtmlParts, type HtmlMastheadPart } from './mastheadHtmlParts.js';

/** A grid line's place: the row it starts in (1-based) and the points below that row's top. */
function rowOf(line: number, pitch: number): { row: number; offset: number } {
  const whole = Math.floor(line + 1e-9);
  return { row: whole + 1, offset: (line - whole) * pitch };
}

/** How a rule of each style is drawn: the box's borders, and its height between them. */
function ruleCss(p: Extract<HtmlMastheadPart, { kind: 'rule' }>, colour: string): string {
  const r = p.part;
  const thin = r.thin ?? r.thick;
  const between = r.between ?? 0;
  const line = (w: number): string => `${pt(w)} solid ${colour}`;
  switch (r.style ?? 'thick-thin') {
    case 'thick-thin':
      return `border-top: ${line(r.thick)}; border-bottom: ${line(thin)}; height: ${pt(r.thick + between + thin)};`;
    case 'thin-thick':
      return `border-top: ${line(thin)}; border-bottom: ${line(r.thick)}; height: ${pt(r.thick + between + thin)};`;
    case 'double':
      return `border-top: ${line(r.thick)}; border-bottom: ${line(r.thick)}; height: ${pt(2 * r.thick + between)};`;
    case 'single':
      return `border-top: ${line(r.thick)}; height: ${pt(r.thick)};`;
    case 'star': {
      const size = r.star?.size ?? r.thick * 4;
      const space = r.star?.space ?? size / 4;
      return `display: flex; align-items: center; gap: ${pt(space)}; height: ${pt(p.height)}; color: ${colour}; font-size: ${pt(size)}; line-height: 1; --rule: ${line(r.thick)};`;
    }
  }
}

/**
 * The masthead's stylesheet: a grid of the type area's lines, as many as the body starts below,
 * each part on the grid line the PDF sets it on (mastheadLayout), in its size, colour, face and
 * alignment; a part between two grid lines (GB/T 9704's mark, 35 mm down) moved down within its
 * row; rules drawn by boxes of no height in the flow, so that they never push a line down. Rows
 * grow when a part wraps on a narrow screen, so nothing overlaps.
 *
 * @param template The template.
 * @param meta The issue, whose fields and sponsors decide the parts and the lines they take.
 * @returns CSS rules, one per line.
 */
export function mastheadCss(template: Template, meta: IssueMeta): string[] {
  const g = template.grid;
  const { parts, layout } = mastheadHtmlParts(meta, template);
  const colour = (name: string | undefined): string => colourOf(template, name ?? 'black').rgb;
  const rules = [
    `.masthead { display: grid; grid-template-columns: minmax(0, 1fr); grid-template-rows: repeat(${layout.bodyStart}, minmax(${pt(g.pitch)}, auto)); break-inside: avoid; }`,
    '.masthead > * { grid-column: 1; margin: 0; min-width: 0; align-self: start; }',
    '.masthead-title, .issue-line, .masthead-text { font-weight: normal; }',
    '.sponsors-line { display: flex; justify-content: space-between; align-items: flex-end; }',
    '.sponsors { display: grid; grid-template-columns: auto auto; justify-content: start; margin: 0; }',
    '.sponsors dt { grid-column: 1; grid-row: 1; } .sponsors dd { grid-column: 2; margin: 0; }',
    '.sponsors-centred { display: block; flex: 1; text-align: center; } .sponsors-centred dt, .sponsors-centred dd:first-of-type { display: inline; } .sponsors-centred dd { margin: 0; }',
    '.date { margin: 0; white-space: nowrap; }',
    '.masthead-rule { box-sizing: border-box; }',
    '.masthead-rule.rule-star::before, .masthead-rule.rule-star::after { content: ""; flex: 1; border-top: var(--rule); }',
    '.masthead-logo { display: block; }',
  ];
  parts.forEach((p, i) => {
    const self = `.masthead > :nth-child(${i + 1})`;
    if (p.kind === 'rule') {
      const { row, offset } = rowOf(p.top / g.pitch, g.pitch);
      // No height in the grid: the negative margin gives back what the rule and its offset take.
      rules.push(`${self} { grid-row: ${row}; margin: ${pt(offset)} 0 ${pt(-offset - p.height)}; ${ruleCss(p, colour(p.part.colour))} }`);
      return;
    }
    const { row, offset } = rowOf(p.line, g.pitch);
    const lines = p.kind === 'date' ? 1 : p.lines;
    const place = `grid-row: ${row} / span ${lines}; margin: ${pt(offset)} 0 ${pt(-offset)};`;
    switch (p.kind) {
      case 'text': {
        const part = p.part;
        const tracking = part.kind === 'issueLine' ? 0 : (part.tracking ?? 0);
        const align = part.align ?? (part.kind === 'text' ? 'left' : 'center');
        // Letter spacing follows every character, the last too: balanced by as much before the first when centred, taken back after the last when flush right.
        const balance = tracking === 0 ? '' : align === 'center' ? ` padding-inline-start: ${tracking}em;` : align === 'right' ? ` margin-inline-end: -${tracking}em;` : '';
        rules.push(
          `${self} { ${place} font-size: ${pt(part.size)}; line-height: ${pt(lines * g.pitch)}; color: ${colour(part.colour)}; text-align: ${align};${tracking === 0 ? '' : ` letter-spacing: ${tracking}em;`}${balance} }`,
        );
        break;
      }
      case 'sponsors': {
        const datePart = p.date?.part;
        rules.push(`${self} { ${place} font-size: ${pt(p.part.size)}; line-height: ${pt(g.pitch)}; color: ${colour(p.part.colour)}; }`);
        if (datePart) rules.push(`${self} > .date { font-size: ${pt(datePart.size)}; color: ${colour(datePart.colour)}; }`);
        break;
      }
      case 'date':
        rules.push(`${self} { ${place} font-size: ${pt(p.part.size)}; line-height: ${pt(g.pitch)}; color: ${colour(p.part.colour)}; text-align: ${p.part.align ?? 'right'}; }`);
        break;
      case 'logo': {
        const height = p.part.height ?? p.part.width ?? lines * g.pitch;
        const width = p.part.width ?? height;
        const inset = p.part.inset ?? 0;
        const align = p.part.align ?? 'left';
        const justify = align === 'left' ? 'start' : align === 'right' ? 'end' : 'center';
        const top = offset + (lines * g.pitch - height) / 2;
        rules.push(
          `${self} { grid-row: ${row} / span ${lines}; justify-self: ${justify}; width: ${pt(width)}; height: ${pt(height)}; margin: ${pt(top)} ${align === 'right' ? pt(inset) : '0'} ${pt(-top)} ${align === 'left' ? pt(inset) : '0'}; }`,
        );
        break;
      }
    }
  });
  rules.push(...narrowCss(parts));
  return rules;
}

/** A text's width in ems as the narrow-screen rules reckon it: 1 a character, tracking after each and before the first. */
function ems(text: string, tracking: number): number {
  return [...text].length * (1 + tracking) + tracking;
}

/**
 * The masthead on a screen narrower than the type area (issue 11, for every template): each text
 * part stays on one line and scales down to fit, from its character count against the masthead's
 * width (`cqi`: the page has no script to measure with), parts that share a grid line (a label
 * left, a 编号 right) sharing it with an em between them; the date goes under the sponsors when
 * they do not fit beside it, flush right, and a long sponsor wraps after the label instead of
 * the label wrapping. Print keeps the PDF's sizes.
 */
function narrowCss(parts: readonly HtmlMastheadPart[]): string[] {
  const texts = parts.flatMap((p, i) => (p.kind === 'text' ? [{ i, line: p.line, size: p.part.size, ems: ems(p.text, p.part.kind === 'issueLine' ? 0 : (p.part.tracking ?? 0)) }] : []));
  // Per grid line, the width its parts take at their own sizes, with an em of the largest between two.
  const widths = new Map<number, number>();
  for (const t of texts) widths.set(t.line, (widths.get(t.line) ?? 0) + t.ems * t.size);
  for (const line of widths.keys()) {
    const on = texts.filter((t) => t.line === line);
    widths.set(line, (widths.get(line) ?? 0) + (on.length - 1) * Math.max(...on.map((t) => t.size)));
  }
  const fit = texts.map((t) => {
    const share = t.size / (widths.get(t.line) ?? t.ems * t.size);
    return `  .masthead > :nth-child(${t.i + 1}) { font-size: min(${pt(t.size)}, ${Math.floor(share * 100_000) / 1000}cqi); white-space: nowrap; }`;
  });
  return [
    '@media screen {',
    '  .masthead { container-type: inline-size; }',
    ...fit,
    '  .sponsors-line { flex-wrap: wrap; column-gap: 1em; }',
    '  .sponsors dt { white-space: nowrap; }',
    '  .sponsors-line > .date { margin-inline-start: auto; }',
    '}',
  ];
}
