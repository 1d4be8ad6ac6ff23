import type { IssueMeta } from '../model/document.js';
import type { Template } from '../template/template.js';
import type { FlowBlock } from './flowBlocks.js';
import { baselineOf, placeLine, type Frame } from './masthead.js';
import { colophonLines } from './colophonLines.js';
import { setParagraph, setSingleLine } from './setParagraph.js';
import { structNode, tagItems } from './structTags.js';
import type { PageItem, Shaper, TextStyle } from './types.js';
import type { SetLine } from './justify.js';

/**
 * The disclaimer in the template's `format` (default `（{text}）`, docs/layout.md A.4). Spaces typed
 * in it are real gaps between Han phrases: one ideographic space (B.4).
 */
export function disclaimerText(disclaimer: string, format = '（{text}）'): string {
  const text = disclaimer.trim().replace(/\s+/g, '\u3000');
  return format.replaceAll('{text}', () => text);
}

/** The centred disclaimer, one grid line below the last paragraph (docs/layout.md A.4). */
export function disclaimerBlock(meta: IssueMeta, template: Template, shaper: Shaper, frame: Frame): FlowBlock | undefined {
  if (!meta.disclaimer) return undefined;
  const d = template.disclaimer;
  const style: TextStyle = { role: d.role, size: d.size, colour: d.colour ?? 'black' };
  const lines = setParagraph([[{ text: disclaimerText(meta.disclaimer, d.format), style }]], shaper, {
    width: frame.width,
    left: 0,
    firstIndent: 0,
    align: 'center',
    pitch: frame.pitch,
  });
  const path = [structNode('P', 'disclaimer')];
  return { lines: lines.map((l) => ({ ...l, struct: path })), spaceBefore: d.spaceBefore, spaceAfter: 0, keepWithNext: false, splittable: false };
}

/**
 * Sets the colophon so that it ends on the bottom edge of the type area, between two rules.
 * Returns its items and the grid lines it takes (0 when there is nothing to show).
 */
export function setColophon(meta: IssueMeta, template: Template, shaper: Shaper, frame: Frame, linesPerPage: number): { items: PageItem[]; lines: number } {
  const entries = colophonLines(meta, template);
  if (entries.length === 0) return { items: [], lines: 0 };
  const c = template.colophon;
  const style: TextStyle = { role: c.role, size: c.size, colour: c.colour ?? 'black' };
  const ruleColour = c.ruleColour ?? 'black';
  const indent = c.indent * c.size;
  const natural = (text: string): SetLine => setSingleLine([{ text, style }], shaper, frame.width, 'left');
  // The template's own lines (GB/T 9704 7.4) keep `indent` on both sides, wrap a labelled line (抄送：…)
  // under the first word after its colon, and set a right part flush right; the built-in lines
  // are indented on the left only, as they always were.
  const own = c.lines !== undefined;
  // Tagged PDF: the colophon a section after the body, each of its lines a paragraph.
  const colophon = structNode('Sect', 'colophon');
  const laid = entries.map((entry) => {
    const right = entry.right === undefined ? undefined : natural(entry.right);
    const width = frame.width - indent - (own ? indent : 0) - (right === undefined ? 0 : right.extent + c.size);
    const label = own ? /^[^：]{1,8}：/.exec(entry.left)?.[0] : undefined;
    // Measured with the character after it: a colon at the end of a line alone would be set half-width.
    const next = label === undefined ? '' : [...entry.left.slice(label.length)][0] ?? '';
    const hangIndent = label === undefined ? 0 : Math.min(natural(label + next).extent - (next === '' ? 0 : natural(next).extent), width / 2);
    const left = entry.left === '' ? [] : setParagraph([[{ text: entry.left, style }]], shaper, { width, left: indent, firstIndent: 0, hangIndent, align: 'left', pitch: frame.pitch });
    return { left, right, lines: Math.max(1, left.length) };
  });
  const total = laid.reduce((n, e) => n + e.lines, 0);
  const first = linesPerPage - total;
  const items: PageItem[] = [];
  let line = first;
  laid.forEach((entry, i) => {
    const struct = [colophon, structNode('P', String(i))];
    entry.left.forEach((l, k) => items.push(...tagItems(placeLine(l.line, frame.left + l.x, baselineOf(frame, line + k, 1, c.size)), struct)));
    if (entry.right) items.push(...tagItems(placeLine(entry.right, frame.left + frame.width - indent - entry.right.extent, baselineOf(frame, line + entry.lines - 1, 1, c.size)), struct));
    line += entry.lines;
    // GB/T 9704 7.4.1: a thin rule between the 版记's entries.
    if (c.innerRule !== undefined && i < laid.length - 1) items.push({ kind: 'rule', x: frame.left, y: frame.top + line * frame.pitch, width: frame.width, thickness: c.innerRule, colour: ruleColour });
  });
  const topY = frame.top + first * frame.pitch;
  const bottomY = frame.top + linesPerPage * frame.pitch;
  items.push({ kind: 'rule', x: frame.left, y: topY, width: frame.width, thickness: c.rule, colour: ruleColour });
  items.push({ kind: 'rule', x: frame.left, y: bottomY - c.rule / 2, width: frame.width, thickness: c.rule, colour: ruleColour });
  return { items, lines: total };
}

/**
 * The page number below the type area in the template's format (docs/layout.md A.1: "— N —", 四号
 * digits with an em dash each side), centred or at the outside edge (GB/T 9704: right on odd pages,
 * left on even ones, `inset` ems in). Each space of the format is a quarter-em gap; the number's
 * top (its dashes') is `below` points under the type area. `n` may be a label (a volume's roman
 * II); `recto` says which side is outside when it is not the number's parity (a volume's pages).
 */
export function setPageNumber(n: number | string, template: Template, shaper: Shaper, frame: Frame, linesPerPage: number, recto?: boolean): PageItem[] {
  const p = template.pageNumber;
  const colour = p.colour ?? 'black';
  const style: TextStyle = { role: p.role, size: p.size, colour };
  const gap = p.size / 4;
  const width = (gs: readonly { advance: number }[]): number => gs.reduce((s, g) => s + g.advance, 0);
  // Pieces are shaped one by one, as "— N —" always was: the dashes and the digits apart.
  const pieces = (p.format ?? '— {n} —').split(' ').map((piece) => (piece === '' ? [] : shaper.shape(piece.replaceAll('{n}', String(n)), style, undefined)));
  const total = pieces.reduce((s, piece) => s + width(piece), 0) + gap * (pieces.length - 1);
  const inset = (p.inset ?? 1) * p.size;
  const outside = p.place === 'outside';
  const right = recto ?? (typeof n === 'number' && n % 2 === 1);
  let x = !outside ? frame.left + (frame.width - total) / 2 : right ? frame.left + frame.width - inset - total : frame.left + inset;
  const glyphs: { id: number; x: number; advance: number; text: string; font: string }[] = [];
  for (const piece of pieces) {
    for (const g of piece) {
      glyphs.push({ id: g.id, x, advance: g.advance, text: g.text, font: g.font });
      x += g.advance;
    }
    x += gap;
  }
  // A full-width em dash sits about 0.3 em above the baseline: put its top `below` under the area.
  const y = frame.top + linesPerPage * frame.pitch + p.below + 0.3 * p.size;
  const fonts = [...new Set(glyphs.map((g) => g.font))];
  return fonts.map((font) => ({
    kind: 'glyphs',
    font,
    size: p.size,
    colour,
    y,
    glyphs: glyphs.filter((g) => g.font === font).map(({ id, x: gx, advance, text }) => ({ id, x: gx, advance, text })),
  }));
}
