import type { IssueMeta } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { colourOf } from '../../template/schema.js';
import { pt } from './cssPoints.js';
import { tableMinClass } from './tableColumns.js';

/**
 * The parts of `main` that hold body text: the articles and what precedes the first (the editor's
 * note). `:where()` adds no specificity, so a class (`.footnotes p`) always overrides these rules.
 */
export const TEXT = ':where(article, .preamble)';

/**
 * 本期要目 (issue 6), as the PDF's contents block: its title centred in Hei, the entries
 * indented 2 em with room on the right where the PDF has the page numbers, one grid line after.
 */
function contentsCss(t: Template): string {
  const c = t.contents;
  return [
    `.contents { margin: 0 0 ${pt(t.grid.pitch)}; font-size: ${pt(c.size)}; line-height: ${pt(t.grid.pitch)}; break-inside: avoid; }`,
    '.contents-title { margin: 0; font-size: inherit; line-height: inherit; font-weight: normal; text-align: center; }',
    `.contents-list { margin: 0; padding: 0 3em 0 ${t.body.indent}em; list-style: none; }`,
  ].join('\n');
}

/**
 * Lists, code and thematic breaks (docs/layout.md A.3, issue 6): lists hang after their markers (text
 * markers 1. （1） ① •, as in the PDF), nested lists indented 2 em more; code blocks in mono at
 * 五号 on the line grid, indented 2 em, their spaces kept; a thematic break a short centred rule
 * on a grid line of its own.
 */
function blockCss(t: Template): string {
  const g = t.grid;
  const tb = t.thematicBreak;
  return [
    // One marker column for all items of a list (subgrid), so their text lines up after （1） and （2）.
    `.list { display: grid; grid-template-columns: auto 1fr; column-gap: .5em; margin: 0; padding: 0 0 0 ${t.body.indent}em; list-style: none; }`,
    '.list > li { display: grid; grid-column: 1 / -1; grid-template-columns: subgrid; }',
    '.list > li p { text-indent: 0; }',
    `pre { margin: 0 0 0 ${pt(t.body.indent * g.size)}; font-size: ${pt(t.table.size)}; line-height: ${pt(g.pitch)}; white-space: pre-wrap; overflow-wrap: anywhere; }`,
    `hr { box-sizing: content-box; width: ${pt(tb.width)}; height: 0; margin: ${pt((g.pitch - tb.rule) / 2)} auto; border: 0; border-top: ${pt(tb.rule)} solid ${colourOf(t, 'black').rgb}; overflow: visible; }`,
  ].join('\n');
}

/**
 * Figures and tables (docs/layout.md A.3): a figure scaled to the type area's width and at most
 * `figure.maxHeight` of its height (a picture too tall for the width keeps its proportions,
 * centred in the box), never split, the caption centred below; tables across the type area in
 * 五号 with thin rules and thicker ones above and below, the header row centred, rows never split
 * and the header row repeated on each printed page.
 */
function figureTableCss(t: Template, minWidths: readonly number[]): string {
  const g = t.grid;
  const tab = t.table;
  const cap = t.figure.caption;
  // A one-line row takes one grid line, as in the PDF.
  const padBlock = Math.max(0, (g.pitch - tab.pitch - tab.rule) / 2);
  return [
    'figure { margin: 0; break-inside: avoid; }',
    `figure img { display: block; width: 100%; height: auto; max-height: ${pt(g.lines * g.pitch * t.figure.maxHeight)}; margin: ${pt(t.figure.gap / 2)} 0; object-fit: contain; }`,
    `figcaption { font-size: ${pt(cap.size)}; line-height: ${pt(g.pitch)}; text-align: center; text-indent: 0; }`,
    `table { width: 100%; margin: 0; border-collapse: collapse; border-top: ${pt(tab.outerRule)} solid; border-bottom: ${pt(tab.outerRule)} solid; font-size: ${pt(tab.size)}; line-height: ${pt(tab.pitch)}; }`,
    `th, td { border: ${pt(tab.rule)} solid; padding: ${pt(padBlock)} ${pt(tab.padding)}; font-weight: normal; vertical-align: middle; text-align: justify; }`,
    'th { text-align: center; }',
    // The columns' widths are the PDF's (tableColumns), not the browser's automatic layout.
    '.fixed-columns { table-layout: fixed; }',
    '.align-left { text-align: left; } .align-center { text-align: center; } .align-right { text-align: right; }',
    'thead { display: table-header-group; } tr { break-inside: avoid; }',
    // On a narrow screen a table keeps the PDF's columns, narrowed no further than its text allows,
    // and scrolls in its own box (issue 11). Screen only: a scrolling box is never split across
    // printed pages.
    '@media screen {',
    '  .table-scroll { overflow-x: auto; }',
    ...minWidths.map((w) => `  .table-scroll > .${tableMinClass(w)} { min-width: ${w}em; }`),
    '}',
  ].join('\n');
}

/**
 * Footnotes (issue 6): the call ① small and raised as in the PDF, a link to its note; the notes of
 * a part after its text, 小五 under a short rule, each after its mark (a link back to the call),
 * later lines hanging.
 */
function footnotesCss(t: Template): string {
  const f = t.footnotes;
  return [
    '.footnote-ref { font-size: .6em; line-height: 0; vertical-align: super; }',
    '.footnote-ref a, .footnote-back { text-decoration: none; }',
    `.footnotes { margin-top: ${pt(t.grid.pitch)}; font-size: ${pt(f.size)}; line-height: ${pt(f.pitch)}; break-inside: avoid; }`,
    `.footnotes::before { content: ""; display: block; width: ${pt(f.ruleWidth)}; margin-bottom: ${pt(f.gap / 2)}; border-top: ${pt(f.rule)} solid; }`,
    '.footnotes ol { display: grid; grid-template-columns: auto 1fr; column-gap: .5em; margin: 0; padding: 0; list-style: none; }',
    '.footnotes li { display: grid; grid-column: 1 / -1; grid-template-columns: subgrid; }',
    '.footnotes p { margin: 0; text-indent: 0; text-align: justify; }',
  ].join('\n');
}

/**
 * The stylesheet of the rich content of issue 6: contents, lists, code, rules, figures, tables,
 * footnotes, and `break: page` between articles.
 *
 * @param t The template.
 * @param meta The issue's metadata (`break`).
 * @param tableMinWidths The narrowest widths (em) the page's tables take on screen (tableMinWidths).
 * @returns CSS text.
 */
export function richContentCss(t: Template, meta: IssueMeta, tableMinWidths: readonly number[] = []): string {
  return [
    contentsCss(t),
    blockCss(t),
    figureTableCss(t, tableMinWidths),
    footnotesCss(t),
    ...(meta.break === 'page' ? ['main > article ~ article { break-before: page; }'] : []),
  ].join('\n');
}
