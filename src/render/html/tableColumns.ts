import type { Element } from 'hast';
import { hasGlyph } from '../../fonts/hasGlyph.js';
import type { LoadedFont } from '../../fonts/loadFont.js';
import type { Inline, Table } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { classify, isCjkPunctuation } from '../../typeset/charClass.js';
import { inlineText } from '../../typeset/inlines.js';
import { columnWidths } from '../../typeset/tableBlock.js';
import type { FontRole } from '../../typeset/types.js';

/** The width of `text` set in `role`'s font, in em. */
export type MeasureText = (text: string, role: FontRole) => number;

/**
 * A measurer from the fonts the page embeds: each character's advance in the first font of the
 * role's chain that has it, a Chinese mark at least 1 em (its box in the PDF, docs/layout.md B.2).
 * Unshaped, which is close enough to share a table's width among its columns. Read from the
 * fonts' layout tables: a bundled face is not parsed (fontkit is not even loaded).
 *
 * @param chain Per role, the fonts its characters come from (FontShaper.chain).
 */
export function fontMeasurer(chain: (role: FontRole) => readonly LoadedFont[]): MeasureText {
  return (text, role) => {
    const fonts = chain(role);
    let width = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      const font = fonts.find((f) => hasGlyph(f, cp)) ?? fonts[0];
      if (!font) continue;
      const advance = font.table.advance(font.table.glyphId(cp)) / font.unitsPerEm;
      width += isCjkPunctuation(classify(ch)) ? Math.max(1, advance) : advance;
    }
    return width;
  };
}

/**
 * A cell's widest unbreakable piece (a Latin word or number, else one character) and its width on
 * one line, in em. A closing mark at the line end is set half-width (docs/layout.md B.2; CSS
 * `text-spacing-trim` lets it end a line so when it would not fit otherwise).
 */
function cellWidths(cell: readonly Inline[], role: FontRole, measure: MeasureText): { min: number; max: number } {
  const text = inlineText(cell).trim();
  let min = 0;
  // Latin runs do not break inside; Han text breaks between any two characters.
  for (const unit of text.match(/[!-~\u00a1-\u024f]+|\S/gu) ?? []) min = Math.max(min, measure(unit, role));
  const last = classify([...text].at(-1) ?? '');
  const endTrim = last === 'close' || last === 'pause' || last === 'stop' ? 0.5 : 0;
  return { min, max: measure(text, role) - endTrim };
}

/** How a table's columns are set in HTML. */
export interface TableColumns {
  /** Per column, its width in percent of the table's. */
  readonly shares: readonly number[];
  /**
   * The narrowest the table may be with these shares, in em of its text (whole em, at most the
   * type area's width): each short column on one line, each long one at least four characters
   * and its widest word wide. Narrower, a screen scrolls the table in its box (issue 11).
   */
  readonly minWidth: number;
}

// A long column keeps at least this many characters a line on a narrow screen: no 研/发/投/入.
const MIN_CHARACTERS = 4;

/** The class of a table that needs `minWidth` em on screen. */
export const tableMinClass = (minWidth: number): string => `table-min-${minWidth}`;
const TABLE_MIN = /^table-min-(\d+)$/;

/**
 * The share of the type area's width each column of a table takes, as the PDF computes it
 * (src/typeset/tableBlock.ts `columnWidths`): short columns (序号, 单位类型) stay whole, long ones
 * share the rest. A browser's automatic table layout would wrap 序号 to one character a line.
 *
 * @param table The table.
 * @param template Sizes, padding and roles of tables.
 * @param measure Text widths in the page's fonts.
 * @returns Per column, its share of the width, and the narrowest width these shares work at.
 */
export function tableColumns(table: Table, template: Template, measure: MeasureText): TableColumns {
  const t = template.table;
  const available = template.grid.chars * template.grid.size;
  const columns = Math.max(table.align.length, table.head.length, ...table.rows.map((r) => r.length));
  const rows = [table.head.map((c) => cellWidths(c, t.headerRole, measure)), ...table.rows.map((r) => r.map((c) => cellWidths(c, t.role, measure)))];
  // A browser takes half of each collapsed rule out of the cell, and rounds: 1 pt to spare.
  const extra = 2 * t.padding + t.rule + 1;
  const extent = (pick: 'min' | 'max'): number[] => Array.from({ length: columns }, (_, c) => Math.max(0, ...rows.map((r) => r[c]?.[pick] ?? 0)) * t.size + extra);
  const mins = extent('min');
  const maxes = extent('max');
  const widths = columnWidths(mins, maxes, available);
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const shares = widths.map((w) => Number(((100 * w) / total).toFixed(2)));
  // The width each column needs: all of its text when the PDF sets it on one line, else a few
  // characters and at least its widest word.
  const need = widths.map((w, c) => {
    const max = maxes[c] ?? 0;
    return w >= max - 0.01 ? max : Math.max(mins[c] ?? 0, Math.min(max, MIN_CHARACTERS * t.size + extra));
  });
  const narrowest = Math.max(0, ...need.map((n, c) => (n * total) / (widths[c] || total)));
  return { shares, minWidth: Math.min(Math.floor(available / t.size), Math.ceil(narrowest / t.size)) };
}

/**
 * The minimum widths (em) the page's tables ask for, from their classes, for the stylesheet.
 *
 * @param root The page's body.
 */
export function tableMinWidths(root: Element): number[] {
  const found = new Set<number>();
  const walk = (element: Element): void => {
    const className = element.properties['className'];
    if (element.tagName === 'table' && Array.isArray(className)) {
      for (const c of className) {
        const match = TABLE_MIN.exec(String(c));
        if (match) found.add(Number(match[1]));
      }
    }
    for (const child of element.children) if (child.type === 'element') walk(child);
  };
  walk(root);
  return [...found].sort((a, b) => a - b);
}
