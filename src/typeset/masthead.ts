import { diagnostic, m as msg, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { IssueMeta, MetaPlace, MetaPlaces } from '../model/document.js';
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

/** Where masthead problems are reported: the places of its fields, and the issue file for the rest. */
export interface MastheadReport {
  readonly file: string;
  readonly places?: MetaPlaces;
  readonly report: (d: Diagnostic) => void;
}

// A masthead field is cut to what fits without setting more than this: no line holds that many.
const MAX_FIELD_CHARS = 500;
// The first page keeps at least this many grid lines of body text under the masthead.
const MIN_BODY_LINES = 3;
const FIT = 0.01;

/** The sponsors that fit in the masthead with room left for body text on the first page. */
export function sponsorsThatFit(meta: IssueMeta, template: Template): number {
  const limit = template.grid.lines - MIN_BODY_LINES;
  let k = meta.sponsors.length;
  // Each sponsor takes one grid line: start near the answer instead of counting down from 10,000.
  k = Math.min(k, Math.max(1, limit - template.masthead.sponsors.line));
  while (k > 1 && mastheadGrid({ ...meta, sponsors: meta.sponsors.slice(0, k) }, template).bodyStart > limit) k--;
  return k;
}

/**
 * The page-1 masthead (docs/layout.md A.2): red title, issue line, sponsors with the date flush right
 * on the last sponsor line, and the red thick-over-thin rule. Returns its items and the first
 * grid line free for body text (one grid line below the rule). A field too wide for its line, or
 * more sponsors than the page holds, is a warning at the field (issue 10: never cut in silence):
 * the issue still builds, with the sponsors that fit.
 */
export function setMasthead(meta: IssueMeta, template: Template, shaper: Shaper, frame: Frame, problems?: MastheadReport): { items: PageItem[]; bodyStart: number } {
  const m = template.masthead;
  const items: PageItem[] = [];
  const origin = undefined;
  /**
   * Sets a field on one line; one too wide for it, even set tight, is cut to the characters that
   * fit, with a warning at the field (the title and sponsors are set on one line each).
   */
  const fitLine = (field: string, place: MetaPlace | undefined, text: string, style: TextStyle, width: number, align: 'center' | 'left' | 'right', tracking = 0): SetLine | undefined => {
    const set = (t: string): SetLine => setSingleLine([{ text: t, style }], shaper, width, align, tracking);
    const chars = [...text];
    const whole = chars.length <= MAX_FIELD_CHARS ? set(text) : undefined;
    if (whole && whole.extent <= width + FIT) return whole;
    let lo = 0;
    let hi = Math.min(chars.length, MAX_FIELD_CHARS);
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (set(chars.slice(0, mid).join('')).extent <= width + FIT) lo = mid;
      else hi = mid - 1;
    }
    if (problems) {
      const at = place ?? { file: problems.file, line: 1, column: 1 };
      const words = msg('linear.masthead-field-too-wide', { field, chars: chars.length, shown: lo });
      problems.report(diagnostic({ ...at, severity: 'warning', rule: 'limits/masthead-overflow' }, words, msg('linear.masthead-field-too-wide-hint')));
    }
    return lo > 0 ? set(chars.slice(0, lo).join('')) : undefined;
  };

  const titleStyle: TextStyle = { role: m.title.role, size: m.title.size, colour: m.title.colour ?? 'red' };
  const title = fitLine('title', problems?.places?.title, meta.title, titleStyle, frame.width, 'center', m.title.tracking * m.title.size);
  if (title) items.push(...placeLine(title, frame.left, baselineOf(frame, m.title.line, m.title.lines, m.title.size)));

  const issueStyle: TextStyle = { role: m.issueLine.role, size: m.issueLine.size, colour: 'black' };
  const issueText = issueLine(meta);
  const issue = fitLine('issue', problems?.places?.issue, issueText, issueStyle, frame.width, 'center');
  if (issue) items.push(...placeLine(issue, frame.left, baselineOf(frame, m.issueLine.line, 1, m.issueLine.size)));

  const sponsorStyle: TextStyle = { role: m.sponsors.role, size: m.sponsors.size, colour: 'black' };
  const labelWidth = shaper.shape(m.sponsors.label, sponsorStyle, origin).reduce((s, g) => s + g.advance, 0);
  const fit = sponsorsThatFit(meta, template);
  if (fit < meta.sponsors.length && problems) {
    const at = problems.places?.sponsors?.[fit] ?? { file: problems.file, line: 1, column: 1 };
    problems.report(diagnostic({ ...at, severity: 'warning', rule: 'limits/masthead-overflow' }, msg('linear.too-many-sponsors', { count: meta.sponsors.length, fit }), msg('linear.too-many-sponsors-hint')));
  }
  const shown = { ...meta, sponsors: meta.sponsors.slice(0, fit) };
  shown.sponsors.forEach((sponsor, i) => {
    const text = i === 0 ? m.sponsors.label + sponsor : sponsor;
    const x = i === 0 ? frame.left : frame.left + labelWidth;
    const width = frame.width - (x - frame.left);
    const line = fitLine('sponsors', problems?.places?.sponsors?.[i], text, sponsorStyle, width, 'left');
    if (line) items.push(...placeLine(line, x, baselineOf(frame, m.sponsors.line + i, 1, m.sponsors.size)));
  });
  const { lastLine, bodyStart } = mastheadGrid(shown, template);
  const date = setSingleLine([{ text: formatDate(meta), style: sponsorStyle }], shaper, frame.width, 'right');
  items.push(...placeLine(date, frame.left, baselineOf(frame, lastLine, 1, m.sponsors.size)));

  const bottom = frame.top + (lastLine + 1) * frame.pitch;
  const thickY = bottom + m.rule.gap + m.rule.thick / 2;
  const thinY = thickY + m.rule.thick / 2 + m.rule.between + m.rule.thin / 2;
  items.push({ kind: 'rule', x: frame.left, y: thickY, width: frame.width, thickness: m.rule.thick, colour: m.rule.colour });
  items.push({ kind: 'rule', x: frame.left, y: thinY, width: frame.width, thickness: m.rule.thin, colour: m.rule.colour });
  return { items, bodyStart };
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
