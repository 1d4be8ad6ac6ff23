import type { Template } from '../template/template.js';
import type { FlowBlock } from './flowBlocks.js';
import type { SetLine } from './justify.js';
import { setParagraph, setSingleLine, type LaidLine } from './setParagraph.js';
import { structNode } from './structTags.js';
import type { PlacedGlyph, Shaper, TextStyle } from './types.js';

export interface ContentsEntry {
  readonly title: string;
  /** The page the article starts on; 0 before the pages are known. */
  readonly page: number;
}

/** Dot leaders from `from` to `to` on a line, ½ em apart, aligned to a common grid. */
export function leaders(shaper: Shaper, style: TextStyle, from: number, to: number): SetLine['runs'] {
  const dot = shaper.shape('.', style, undefined)[0];
  if (!dot) return [];
  const step = style.size / 2;
  const glyphs: PlacedGlyph[] = [];
  for (let x = Math.ceil((from + step / 2) / step) * step; x + dot.advance <= to - step / 2; x += step) glyphs.push({ id: dot.id, x, advance: dot.advance, text: '.' });
  return [{ font: dot.font, size: style.size, colour: style.colour, bold: false, rise: 0, glyphs }];
}

/**
 * 本期要目 (issue 6): after the masthead of an issue with two or more articles, their titles with
 * dot leaders and the page each starts on. Its size does not depend on the page numbers, so the
 * pages can be set once with zeros and once more with the real numbers.
 */
export function contentsBlock(entries: readonly ContentsEntry[], template: Template, shaper: Shaper): FlowBlock {
  const c = template.contents;
  const { pitch, chars, size } = template.grid;
  const width = chars * size;
  const titleStyle: TextStyle = { role: c.role, size: c.size, colour: c.colour ?? 'black' };
  const entryStyle: TextStyle = { role: c.entryRole, size: c.size, colour: 'black' };
  // Tagged PDF: a TOC of one TOCI per article, under a paragraph naming it.
  const toc = structNode('TOC', 'contents');
  const heading: LaidLine = { line: setSingleLine([{ text: c.title, style: titleStyle }], shaper, width, 'center'), x: 0, span: 1, last: true, struct: [structNode('P', 'contents')] };
  const numberWidth = 3 * size;
  const lines: LaidLine[] = [heading];
  entries.forEach((entry, k) => {
    const struct = [toc, structNode('TOCI', String(k))];
    const titleLines = setParagraph([[{ text: entry.title, style: entryStyle }]], shaper, {
      width: width - 2 * size - numberWidth,
      left: 2 * size,
      firstIndent: 0,
      align: 'justify',
      pitch,
    });
    titleLines.forEach((l, i) => {
      if (i < titleLines.length - 1) {
        lines.push({ ...l, struct });
        return;
      }
      const number = setSingleLine([{ text: String(entry.page || ''), style: entryStyle }], shaper, numberWidth, 'right');
      const start = l.x + l.line.extent;
      const runs = [
        ...l.line.runs,
        ...leaders(shaper, entryStyle, start - l.x, width - numberWidth - l.x),
        ...number.runs.map((r) => ({ ...r, glyphs: r.glyphs.map((g) => ({ ...g, x: g.x + width - numberWidth - l.x })) })),
      ];
      lines.push({ ...l, line: { ...l.line, runs, text: `${l.line.text}${entry.page || ''}` }, struct });
    });
  });
  return { lines, spaceBefore: 0, spaceAfter: 1, keepWithNext: false, splittable: false };
}
