import type { IssueMeta } from '../model/document.js';
import type { Template } from '../template/template.js';
import { setSingleLine } from './setParagraph.js';
import type { GlyphRun, PageItem, Shaper, TextStyle } from './types.js';
import type { SetLine } from './justify.js';

/** `2014年10月17日`: no zero padding (docs/layout.md A.2). */
export function formatDate(meta: IssueMeta): string {
  return `${meta.date.year}年${meta.date.month}月${meta.date.day}日`;
}

/** `2014年第4期（总第9期）`, without the bracket when there is no serial. */
export function issueLine(meta: IssueMeta): string {
  return `${meta.year}年第${meta.issue}期${meta.serial ? `（总第${meta.serial}期）` : ''}`;
}

/** The type area geometry every page shares. */
export interface Frame {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly pitch: number;
}

/** Baseline of a line of `size` set on `span` grid lines from grid line `gridLine`: its em box is centred. */
export function baselineOf(frame: Frame, gridLine: number, span: number, size: number): number {
  // Ideographic em boxes run from −0.12 em to 0.88 em around the baseline (Noto CJK, Source Han).
  return frame.top + gridLine * frame.pitch + (span * frame.pitch - size) / 2 + 0.88 * size;
}

/** Turns a set line into page items at its place: glyph runs, and link areas over linked text. */
export function placeLine(line: SetLine, x: number, y: number): PageItem[] {
  const items: PageItem[] = line.runs.map(
    (r): GlyphRun => ({
      kind: 'glyphs',
      font: r.font,
      size: r.size,
      colour: r.colour,
      ...(r.bold ? { bold: true } : {}),
      y: y - r.rise,
      glyphs: r.glyphs.map((g) => ({ ...g, x: g.x + x })),
    }),
  );
  // The clickable area covers the line's em box: from 0.88 em above the baseline to 0.12 em below.
  for (const l of line.links) items.push({ kind: 'link', x: x + l.x0, y: y - 0.88 * line.size, width: l.x1 - l.x0, height: line.size, url: l.url });
  return items;
}

/**
 * The page-1 masthead (docs/layout.md A.2): red title, issue line, sponsors with the date flush right
 * on the last sponsor line, and the red thick-over-thin rule. Returns its items and the first
 * grid line free for body text (one grid line below the rule).
 */
export function setMasthead(meta: IssueMeta, template: Template, shaper: Shaper, frame: Frame): { items: PageItem[]; bodyStart: number } {
  const m = template.masthead;
  const items: PageItem[] = [];
  const origin = undefined;
  const titleStyle: TextStyle = { role: m.title.role, size: m.title.size, colour: m.title.colour ?? 'red' };
  const title = setSingleLine([{ text: meta.title, style: titleStyle }], shaper, frame.width, 'center', m.title.tracking * m.title.size);
  items.push(...placeLine(title, frame.left, baselineOf(frame, m.title.line, m.title.lines, m.title.size)));

  const issueStyle: TextStyle = { role: m.issueLine.role, size: m.issueLine.size, colour: 'black' };
  const issue = setSingleLine([{ text: issueLine(meta), style: issueStyle }], shaper, frame.width, 'center');
  items.push(...placeLine(issue, frame.left, baselineOf(frame, m.issueLine.line, 1, m.issueLine.size)));

  const sponsorStyle: TextStyle = { role: m.sponsors.role, size: m.sponsors.size, colour: 'black' };
  const labelWidth = shaper.shape(m.sponsors.label, sponsorStyle, origin).reduce((s, g) => s + g.advance, 0);
  meta.sponsors.forEach((sponsor, i) => {
    const text = i === 0 ? m.sponsors.label + sponsor : sponsor;
    const x = i === 0 ? frame.left : frame.left + labelWidth;
    const line = setSingleLine([{ text, style: sponsorStyle }], shaper, frame.width, 'left');
    items.push(...placeLine(line, x, baselineOf(frame, m.sponsors.line + i, 1, m.sponsors.size)));
  });
  const { lastLine } = mastheadGrid(meta, template);
  const date = setSingleLine([{ text: formatDate(meta), style: sponsorStyle }], shaper, frame.width, 'right');
  items.push(...placeLine(date, frame.left, baselineOf(frame, lastLine, 1, m.sponsors.size)));

  const bottom = frame.top + (lastLine + 1) * frame.pitch;
  const thickY = bottom + m.rule.gap + m.rule.thick / 2;
  const thinY = thickY + m.rule.thick / 2 + m.rule.between + m.rule.thin / 2;
  items.push({ kind: 'rule', x: frame.left, y: thickY, width: frame.width, thickness: m.rule.thick, colour: m.rule.colour });
  items.push({ kind: 'rule', x: frame.left, y: thinY, width: frame.width, thickness: m.rule.thin, colour: m.rule.colour });
  return { items, bodyStart: mastheadGrid(meta, template).bodyStart };
}

/**
 * Whether the date fits on the last sponsor line with at least 2 em to spare. Widths are
 * estimated (1 em a Han character, 0.6 em a Latin one) so that the PDF and the HTML, which has
 * no font metrics, decide alike.
 */
function dateFitsBeside(meta: IssueMeta, template: Template): boolean {
  const m = template.masthead;
  const ems = (text: string): number => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? 0.6 : 1), 0);
  const last = meta.sponsors.at(-1) ?? '';
  const used = (meta.sponsors.length > 0 ? ems(m.sponsors.label) : 0) + ems(last) + ems(formatDate(meta)) + 2;
  return used * m.sponsors.size <= template.grid.chars * template.grid.size;
}

/**
 * The masthead's vertical geometry in grid lines and points from the top of the type area: the
 * last sponsor line, the bottom of the red rule and the first grid line of body text (one grid
 * line below the rule). Shared by the PDF and the HTML renderers so both start the body alike.
 */
export function mastheadGrid(meta: IssueMeta, template: Template): { lastLine: number; ruleBottom: number; bodyStart: number } {
  const m = template.masthead;
  const pitch = template.grid.pitch;
  const lastSponsor = m.sponsors.line + Math.max(1, meta.sponsors.length) - 1;
  // The date goes on the last sponsor line unless the two would meet; then on a line of its own.
  const lastLine = lastSponsor + (dateFitsBeside(meta, template) ? 0 : 1);
  const ruleBottom = (lastLine + 1) * pitch + m.rule.gap + m.rule.thick + m.rule.between + m.rule.thin;
  const bodyStart = Math.ceil((ruleBottom + pitch) / pitch - 1e-9);
  return { lastLine, ruleBottom, bodyStart };
}
