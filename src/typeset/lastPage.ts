import type { IssueMeta } from '../model/document.js';
import type { Template } from '../template/template.js';
import type { FlowBlock } from './flowBlocks.js';
import { baselineOf, placeLine, type Frame } from './masthead.js';
import { setParagraph } from './setParagraph.js';
import { structNode, tagItems } from './structTags.js';
import type { PageItem, Shaper, TextStyle } from './types.js';

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

/** The colophon's text lines: distribution, secretariat name, then address fields (A.4). */
export function colophonTexts(meta: IssueMeta): string[] {
  const lines: string[] = [];
  const dist = meta.distribution;
  if (dist) {
    for (const label of ['报', '送', '发'] as const) {
      const list = dist[label];
      if (list && list.length > 0) lines.push(`${label}：${list.join('、')}`);
    }
  }
  const s = meta.secretariat;
  if (s) {
    lines.push(s.name);
    const fields = [
      s.address && `地址：${s.address}`,
      s.postcode && `邮编：${s.postcode}`,
      s.email && `邮箱：${s.email}`,
      s.phone && `电话：${s.phone}`,
    ].filter((f): f is string => Boolean(f));
    if (fields.length > 0) lines.push(fields.join('\u3000'));
  }
  return lines;
}

/**
 * Sets the colophon so that it ends on the bottom edge of the type area, between two rules.
 * Returns its items and the grid lines it takes (0 when there is nothing to show).
 */
export function setColophon(meta: IssueMeta, template: Template, shaper: Shaper, frame: Frame, linesPerPage: number): { items: PageItem[]; lines: number } {
  const texts = colophonTexts(meta);
  if (texts.length === 0) return { items: [], lines: 0 };
  const c = template.colophon;
  const style: TextStyle = { role: c.role, size: c.size, colour: c.colour ?? 'black' };
  const ruleColour = c.ruleColour ?? 'black';
  const indent = c.indent * c.size;
  // Tagged PDF: the colophon a section after the body, each of its fields a paragraph.
  const colophon = structNode('Sect', 'colophon');
  const laid = texts.flatMap((text, k) =>
    setParagraph([[{ text, style }]], shaper, { width: frame.width - indent, left: indent, firstIndent: 0, hangIndent: 0, align: 'left', pitch: frame.pitch }).map(
      (l) => ({ ...l, struct: [colophon, structNode('P', String(k))] }),
    ),
  );
  const first = linesPerPage - laid.length;
  const items: PageItem[] = [];
  laid.forEach((l, i) => items.push(...tagItems(placeLine(l.line, frame.left + l.x, baselineOf(frame, first + i, 1, c.size)), l.struct)));
  const topY = frame.top + first * frame.pitch;
  const bottomY = frame.top + linesPerPage * frame.pitch;
  items.push({ kind: 'rule', x: frame.left, y: topY, width: frame.width, thickness: c.rule, colour: ruleColour });
  items.push({ kind: 'rule', x: frame.left, y: bottomY - c.rule / 2, width: frame.width, thickness: c.rule, colour: ruleColour });
  return { items, lines: laid.length };
}

/**
 * The page number below the type area in the template's format (docs/layout.md A.1: "— N —", 四号
 * digits with an em dash each side), centred or at the outside edge (GB/T 9704: right on odd pages,
 * left on even ones, `inset` ems in). Each space of the format is a quarter-em gap; the number's
 * top (its dashes') is `below` points under the type area.
 */
export function setPageNumber(n: number, template: Template, shaper: Shaper, frame: Frame, linesPerPage: number): PageItem[] {
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
  let x = !outside ? frame.left + (frame.width - total) / 2 : n % 2 === 1 ? frame.left + frame.width - inset - total : frame.left + inset;
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
