import type { IssueMeta, PunctuationStyle } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { mastheadCss } from './mastheadCss.js';
import { colourOf } from '../../template/schema.js';
import { gridSpan } from '../../typeset/setParagraph.js';
import type { FontRole } from '../../typeset/types.js';
import { pt } from './cssPoints.js';
import { FULL_WIDTH, GAP_END, GAP_START, NO_BREAK } from './autospace.js';
import { roleClass } from './fontRoleClass.js';
import { richContentCss, TEXT } from './richContentCss.js';

/** What the stylesheet is made from: the template's data, the issue's masthead and the fonts. */
export interface IssueCssInput {
  readonly template: Template;
  readonly meta: IssueMeta;
  /** Per role, the font-family names to use, in fallback order. */
  readonly stacks: ReadonlyMap<FontRole, readonly string[]>;
  readonly punctuation: PunctuationStyle;
  /** The narrowest widths (em) the page's tables take on screen (optional: none). */
  readonly tableMinWidths?: readonly number[];
}

/** A CSS string literal. */
function quote(s: string): string {
  return `"${s.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

/** font-family for a role: our embedded faces, then a generic family for what no font has. */
function family(stacks: IssueCssInput['stacks'], role: FontRole): string {
  const generic = role === 'hei' ? 'sans-serif' : role === 'mono' ? 'monospace' : 'serif';
  return [...(stacks.get(role) ?? []).map(quote), generic].join(', ');
}

/**
 * docs/layout.md B.2 in CSS. 全角: `trim-start` rather than C's `normal`, because B.2 trims an opening
 * bracket at the start of every line, after the first-line indent too, and `normal` keeps it
 * full-width there; both set a line-end mark half-width and compress adjacent marks. 开明 needs
 * 、， half-width but 。 full mid-line, which CSS cannot tell apart: it is set like 全角. 半角 takes
 * the fonts' half-width forms (`halt`) everywhere.
 */
function punctuationCss(style: PunctuationStyle): string {
  return style === 'banjiao' ? 'text-spacing-trim: space-all; font-feature-settings: "halt";' : 'text-spacing-trim: trim-start;';
}

// On screen, the sheet's padding around the type area and its margin on the grey, at most (pt).
const SHEET_PADDING = 48;
const SHEET_MARGIN = 24;

/**
 * On screen, the type area on a white sheet that shrinks with the screen (issue 11): the sheet's
 * margins go first, then its padding down to one em of body text, then the text's width. Padding
 * and margin percentages refer to the width of `html`, so a scroll bar is allowed for. At the
 * type area's width plus 48 pt either side and more, it is the page as before.
 */
function screenPageCss(areaWidth: number, size: number): string {
  const padding = `clamp(${pt(size)}, (100% - ${pt(areaWidth)}) / 2, ${pt(SHEET_PADDING)})`;
  const margin = `clamp(0pt, (100% - ${pt(areaWidth + 2 * SHEET_PADDING)}) / 2, ${pt(SHEET_MARGIN)})`;
  return `@media screen { html { background: #f2f2f2; } body { box-sizing: content-box; max-width: ${pt(areaWidth)}; margin: ${margin} auto; padding: ${padding}; background: #fff; } }`;
}

/**
 * Line breaking on a screen narrower than the page (issue 11): a centred heading that wraps does
 * so in lines of even length, a justified one and a paragraph avoid a short last line where the
 * browser can (`text-wrap: pretty`). Balancing a justified heading would stretch its first line.
 * From the width of the sheet up, lines break as they did before.
 */
function narrowTextCss(t: Template, areaWidth: number): string {
  const headings = (['1', '2', '3', '4'] as const).map((level) => `${TEXT} h${level} { text-wrap: ${t.headings[level].align === 'center' ? 'balance' : 'pretty'}; }`);
  return [`@media screen and (max-width: ${pt(areaWidth + 2 * SHEET_PADDING)}) {`, ...headings.map((h) => `  ${h}`), `  ${TEXT} p, .sponsors dd { text-wrap: pretty; }`, '}'].join('\n');
}

/**
 * The printed page number in the template's format (`{n}` the page's number): centred, or at the
 * outside edge, `inset` ems in (GB/T 9704: right on odd pages, left on even ones; the first page
 * of a left-to-right document is a right page). Closes the `@page` rule it starts in.
 */
function pageNumberCss(pn: Template['pageNumber'], face: string): string[] {
  const content = (pn.format ?? '— {n} —')
    .split('{n}')
    .map((piece) => (piece === '' ? '' : quote(piece)))
    .join(' counter(page) ')
    .trim();
  if (pn.place !== 'outside') return [`  @bottom-center { content: ${content}; ${face} } }`];
  const inset = `${pn.inset ?? 1}em`;
  return [
    '}',
    `@page :right { @bottom-right { content: ${content}; ${face} text-align: right; padding-right: ${inset}; } }`,
    `@page :left { @bottom-left { content: ${content}; ${face} text-align: left; padding-left: ${inset}; } }`,
  ];
}

/**
 * The page's stylesheet, every size, colour and distance taken from the template that the PDF
 * uses (docs/layout.md A and C): A4 pages with the type area's margins and "— N —" page numbers, an
 * 18 pt line grid, the red masthead, justified body text with Chinese line breaking, headings,
 * the editor's note, the disclaimer and the colophon.
 *
 * @param input Template, issue metadata, font stacks and punctuation style.
 * @returns CSS text.
 */
export function issueCss(input: IssueCssInput): string {
  const { template: t, meta, stacks } = input;
  const g = t.grid;
  const areaWidth = g.chars * g.size;
  const areaHeight = g.lines * g.pitch;
  const right = t.page.width - t.page.marginLeft - areaWidth;
  const bottom = t.page.height - t.page.marginTop - areaHeight;
  const lineHeight = (size: number): string => pt(gridSpan(size, g.pitch) * g.pitch);
  const colour = (c: string | undefined): string => colourOf(t, c ?? 'black').rgb;
  const black = colour('black');
  const ruleColour = colour(t.colophon.ruleColour);
  const pn = t.pageNumber;
  // The page number's dashes reach about 0.3 em above its baseline, and a line box of 1 em puts
  // the baseline 0.88 em down: so the dashes' top lands `below` under the type area (A.1).
  const pageNumberPad = pn.below + 0.3 * pn.size - 0.88 * pn.size;
  const headings = (['1', '2', '3', '4'] as const).map((level) => {
    const h = t.headings[level];
    const centred = h.align === 'center';
    return `${TEXT} h${level} { margin: ${pt((h.spaceBefore ?? 0) * g.pitch)} 0 ${pt((h.spaceAfter ?? 0) * g.pitch)}; font-size: ${pt(h.size)}; line-height: ${lineHeight(h.size)}; font-weight: ${h.bold ? 'bold' : 'normal'}; text-align: ${centred ? 'center' : 'justify'}; text-indent: ${centred ? 0 : `${h.indent ?? 0}em`}; break-after: avoid; break-inside: avoid; }`;
  });
  const roles = [...stacks.keys()].map((role) => `.${roleClass(role)} { font-family: ${family(stacks, role)}; }`);
  return [
    `@page { size: ${pt(t.page.width)} ${pt(t.page.height)}; margin: ${pt(t.page.marginTop)} ${pt(right)} ${pt(bottom)} ${pt(t.page.marginLeft)};`,
    ...pageNumberCss(pn, `font-family: ${family(stacks, pn.role)}; font-size: ${pt(pn.size)}; line-height: ${pt(pn.size)}; vertical-align: top; padding-top: ${pt(pageNumberPad)}; color: ${colour(pn.colour)};`),
    `html { color: ${black}; background: #fff; print-color-adjust: exact; -webkit-print-color-adjust: exact; text-autospace: normal; ${punctuationCss(input.punctuation)} }`,
    // 禁则 (B.1): strict line breaking; words of Latin text are never split to fill a line.
    `body { margin: 0; font-size: ${pt(g.size)}; line-height: ${pt(g.pitch)}; line-break: strict; word-break: normal; overflow-wrap: normal; }`,
    screenPageCss(areaWidth, g.size),
    ...roles,
    // Not the browser's own faces: code (and pre) would take its generic monospace, strong its bold.
    'strong, em, code { font-family: inherit; font-weight: inherit; font-style: normal; font-size: inherit; }',
    'a { color: inherit; text-decoration: none; overflow-wrap: anywhere; }',
    '@media screen { a { text-decoration: underline; } }',
    `.${FULL_WIDTH} { font-variant-east-asian: full-width; } .${NO_BREAK} { white-space: nowrap; }`,
    // Browsers without text-autospace get the ¼ em Han–Latin gap from the spans (B.4).
    `@supports not (text-autospace: normal) { .${GAP_START} { margin-inline-start: .25em; } .${GAP_END} { margin-inline-end: .25em; } }`,
    // Masthead (A.2): every part on the grid, the body starting `bodyStart` lines down.
    // Masthead: each part on the grid line the PDF sets it on, the body starting below.
    ...mastheadCss(t, meta),
    // Body (A.3): justified, 2 em first-line indent, no paragraph space. Not docs/layout.md C's
    // `text-justify: inter-character`: Chromium then spaces out the letters of Latin words too,
    // which B.3 forbids; its `auto` stretches between Han characters and at word spaces only.
    `${TEXT} p { margin: 0; text-indent: ${t.body.indent}em; text-align: justify; text-justify: auto; orphans: 2; widows: 2; }`,
    `.editors-note { margin: 0 ${t.editorsNote.indent}em ${pt(t.editorsNote.spaceAfter * g.pitch)}; }`,
    `.quote { margin: 0 ${t.quote.indent}em; }`,
    ...headings,
    narrowTextCss(t, areaWidth),
    // Last page (A.4): the disclaimer one line below the text, the colophon between two rules.
    `.disclaimer { margin: ${pt(t.disclaimer.spaceBefore * g.pitch)} 0 0; font-size: ${pt(t.disclaimer.size)}; text-align: center; break-inside: avoid; }`,
    // The rules' thickness comes out of the blank line above, so the colophon stays on the grid.
    `.colophon { margin-top: ${pt(g.pitch - 2 * t.colophon.rule)}; border-top: ${pt(t.colophon.rule)} solid ${ruleColour}; border-bottom: ${pt(t.colophon.rule)} solid ${ruleColour}; font-size: ${pt(t.colophon.size)}; line-height: ${pt(t.colophon.pitch)}; color: ${colour(t.colophon.colour)}; break-inside: avoid; }`,
    `.colophon p { margin: 0; padding-inline-start: ${t.colophon.indent}em; }`,
    // GB/T 9704 7.4: 印发日期 flush right one em in; a thin rule between the 版记's lines.
    `.colophon-split { display: flex; justify-content: space-between; column-gap: 1em; padding-inline-end: ${t.colophon.indent}em; } .colophon-right { white-space: nowrap; }`,
    ...(t.colophon.innerRule === undefined ? [] : [`.colophon-ruled p + p { border-top: ${pt(t.colophon.innerRule)} solid ${ruleColour}; }`]),
    `@media screen { .colophon { margin-top: ${pt(2 * g.pitch)}; } }`,
    `@media print { body { width: ${pt(areaWidth)}; } }`,
    richContentCss(t, meta, input.tableMinWidths),
  ].join('\n');
}
