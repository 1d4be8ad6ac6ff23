import { diagnostic, m as msg, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { IssueMeta, MetaPlace, MetaPlaces } from '../model/document.js';
import { fillPattern } from '../template/pattern.js';
import { textPattern } from '../template/mastheadParts.js';
import type { MastheadPart, Template } from '../template/template.js';
import { setSingleLine } from './setParagraph.js';
import { structNode, tagItems } from './structTags.js';
import type { GlyphRun, PageItem, Shaper, StructPath, StructRole, TextStyle } from './types.js';
import type { SetLine } from './justify.js';

const DEFAULT_DATE_FORMAT = '{year}年{month}月{day}日';
export const DEFAULT_ISSUE_LINE = '{year}年第{issue}期[（总第{serial}期）]';

type PartOf<K extends MastheadPart['kind']> = Extract<MastheadPart, { kind: K }>;

function datePart(template: Template): PartOf<'date'> | undefined {
  return template.masthead.parts.find((p): p is PartOf<'date'> => p.kind === 'date');
}

function sponsorsPart(template: Template): PartOf<'sponsors'> | undefined {
  return template.masthead.parts.find((p): p is PartOf<'sponsors'> => p.kind === 'sponsors');
}

/** The values masthead patterns fill in: the built-in fields and those the template declares. */
export function patternValues(meta: IssueMeta): Record<string, string | undefined> {
  return {
    ...meta.fields,
    title: meta.title,
    year: String(meta.year),
    issue: String(meta.issue),
    serial: meta.serial === undefined ? undefined : String(meta.serial),
    month: String(meta.date.month),
    day: String(meta.date.day),
  };
}

/** The issue date in the date part's format; `2014年10月17日` (no zero padding, docs/layout.md A.2) by default. */
export function formatDate(meta: IssueMeta, template?: Template): string {
  const format = (template && datePart(template)?.format) ?? DEFAULT_DATE_FORMAT;
  // `{year}` of a date is the date's year, even where the issue's `year` says otherwise.
  return fillPattern(format, { ...patternValues(meta), year: String(meta.date.year), month: String(meta.date.month), day: String(meta.date.day) });
}

/** The issue line in the template's pattern: `2014年第4期（总第9期）`, without the bracket when there is no serial. */
export function issueLine(meta: IssueMeta, template?: Template): string {
  const part = template?.masthead.parts.find((p) => p.kind === 'issueLine');
  return fillPattern(part?.pattern ?? DEFAULT_ISSUE_LINE, patternValues(meta));
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

/**
 * Turns a set line into page items at its place: glyph runs, and link areas over linked text.
 *
 * @param struct The structure path of the line's items (optional: none, artifacts), as
 *   {@link tagItems} would give them, without copying each item again.
 */
export function placeLine(line: SetLine, x: number, y: number, struct?: StructPath): PageItem[] {
  const tagged = struct === undefined ? {} : { struct };
  const items: PageItem[] = line.runs.map(
    (r): GlyphRun => ({
      kind: 'glyphs',
      font: r.font,
      size: r.size,
      colour: r.colour,
      ...(r.bold ? { bold: true } : {}),
      y: y - r.rise,
      glyphs: r.glyphs.map((g) => ({ id: g.id, x: g.x + x, advance: g.advance, text: g.text })),
      ...tagged,
    }),
  );
  // The clickable area covers the line's em box: from 0.88 em above the baseline to 0.12 em below.
  for (const l of line.links) items.push({ kind: 'link', x: x + l.x0, y: y - 0.88 * line.size, width: l.x1 - l.x0, height: line.size, url: l.url, ...tagged });
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
  const part = sponsorsPart(template);
  if (part === undefined) return meta.sponsors.length;
  const limit = template.grid.lines - MIN_BODY_LINES;
  let k = meta.sponsors.length;
  // Each sponsor takes one grid line: start near the answer instead of counting down from 10,000.
  k = Math.min(k, Math.max(1, limit - (part.line ?? 0)));
  while (k > 1 && mastheadGrid({ ...meta, sponsors: meta.sponsors.slice(0, k) }, template).bodyStart > limit) k--;
  return k;
}

/** A masthead part placed on the grid: its first grid line and how many it takes; a rule's top in points. */
export type PlacedPart =
  | { readonly part: Exclude<MastheadPart, { kind: 'rule' }>; readonly line: number; readonly lines: number }
  | { readonly part: PartOf<'rule'>; readonly above: number; readonly top: number; readonly height: number };

/** The masthead's geometry: each part's place, and where the body starts. */
export interface MastheadLayout {
  readonly parts: readonly PlacedPart[];
  /** The grid line of the sponsors' date (the last sponsor line, or the line below it). */
  readonly lastLine: number;
  /** The bottom of the first rule (or of the masthead), in points from the top of the type area. */
  readonly ruleBottom: number;
  /** The first grid line of body text. */
  readonly bodyStart: number;
}

/** The height of a rule of each style, in points. */
export function ruleHeight(rule: PartOf<'rule'>): number {
  const thin = rule.thin ?? rule.thick;
  const between = rule.between ?? 0;
  switch (rule.style ?? 'thick-thin') {
    case 'thick-thin':
    case 'thin-thick':
      return rule.thick + between + thin;
    case 'double':
      return 2 * rule.thick + between;
    case 'single':
      return rule.thick;
    case 'star':
      return Math.max(rule.thick, rule.star?.size ?? 0);
  }
}

/**
 * Where every masthead part goes (docs/layout.md A.2 for jinqiao): a part with a `line` sits there,
 * one without on the line after the part before it; the sponsors take a line each, and a date that
 * follows them without a `line` sits on the last sponsor line when both fit (else on the next);
 * a rule sits `gap` points below the line before it. The body starts `spaceAfter` grid lines
 * below the lowest part. Shared by the PDF and the HTML renderers so both start the body alike.
 */
export function mastheadLayout(meta: IssueMeta, template: Template): MastheadLayout {
  const pitch = template.grid.pitch;
  const placed: PlacedPart[] = [];
  let cursor = 0;
  let bottom = 0;
  let lastLine = 0;
  let ruleBottom: number | undefined;
  let previous: MastheadPart | undefined;
  for (const part of template.masthead.parts) {
    if (part.kind === 'rule') {
      // `above`: the foot of the line before the rule; the rule's top is `gap` below it.
      const above = (part.line ?? cursor) * pitch;
      const top = above + part.gap;
      const height = ruleHeight(part);
      placed.push({ part, above, top, height });
      ruleBottom ??= top + height;
      bottom = Math.max(bottom, top + height);
      cursor = Math.max(cursor, Math.ceil((top + height) / pitch - 1e-9));
    } else {
      let line = part.line ?? cursor;
      let lines = part.kind === 'title' || part.kind === 'logo' ? (part.lines ?? 1) : 1;
      if (part.kind === 'sponsors') lines = Math.max(1, meta.sponsors.length);
      if (part.kind === 'date' && part.line === undefined && previous?.kind === 'sponsors' && (previous.layout ?? 'beside-date') === 'beside-date') {
        line = cursor - 1 + (dateFitsBeside(meta, template, previous, part) ? 0 : 1);
      }
      if (part.kind === 'sponsors' || part.kind === 'date') lastLine = line + lines - 1;
      placed.push({ part, line, lines });
      cursor = Math.max(cursor, line + lines);
      bottom = Math.max(bottom, (line + lines) * pitch);
    }
    previous = part;
  }
  const spaceAfter = template.masthead.spaceAfter ?? 1;
  const bodyStart = Math.ceil((bottom + spaceAfter * pitch) / pitch - 1e-9);
  return { parts: placed, lastLine, ruleBottom: ruleBottom ?? bottom, bodyStart };
}

/**
 * The masthead's vertical geometry in grid lines and points from the top of the type area: the
 * date's line, the bottom of the rule and the first grid line of body text.
 */
export function mastheadGrid(meta: IssueMeta, template: Template): { lastLine: number; ruleBottom: number; bodyStart: number } {
  const { lastLine, ruleBottom, bodyStart } = mastheadLayout(meta, template);
  return { lastLine, ruleBottom, bodyStart };
}

/**
 * Whether the date fits on the last sponsor line with at least 2 em to spare. Widths are
 * estimated (1 em a Han character, 0.6 em a Latin one) so that the PDF and the HTML, which has
 * no font metrics, decide alike.
 */
function dateFitsBeside(meta: IssueMeta, template: Template, sponsors: PartOf<'sponsors'>, date: PartOf<'date'>): boolean {
  const ems = (text: string): number => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? 0.6 : 1), 0);
  const last = meta.sponsors.at(-1) ?? '';
  const used = (meta.sponsors.length > 0 ? ems(sponsors.label) : 0) + ems(last) + ems(formatDate(meta, template)) + 2;
  return used * Math.max(sponsors.size, date.size) <= template.grid.chars * template.grid.size;
}

/**
 * The page-1 masthead: its parts in the template's order (docs/layout.md A.2 for jinqiao: red
 * title, issue line, sponsors with the date flush right on the last sponsor line, the red
 * thick-over-thin rule). Returns its items and the first grid line free for body text. A field
 * too wide for its line, or more sponsors than the page holds, is a warning at the field (issue
 * 10: never cut in silence): the issue still builds, with the sponsors that fit.
 */
export function setMasthead(meta: IssueMeta, template: Template, shaper: Shaper, frame: Frame, problems?: MastheadReport): { items: PageItem[]; bodyStart: number } {
  const items: PageItem[] = [];
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

  const fit = sponsorsThatFit(meta, template);
  if (fit < meta.sponsors.length && problems) {
    const at = problems.places?.sponsors?.[fit] ?? { file: problems.file, line: 1, column: 1 };
    problems.report(diagnostic({ ...at, severity: 'warning', rule: 'limits/masthead-overflow' }, msg('linear.too-many-sponsors', { count: meta.sponsors.length, fit }), msg('linear.too-many-sponsors-hint')));
  }
  const shown = { ...meta, sponsors: meta.sponsors.slice(0, fit) };
  const layout = mastheadLayout(shown, template);
  const values = patternValues(meta);
  const styleOf = (p: { role: TextStyle['role']; size: number; colour?: string | undefined }): TextStyle => ({ role: p.role, size: p.size, colour: p.colour ?? 'black' });
  // Tagged PDF: the masthead a section of its own, the title its heading, each other field a
  // paragraph; rules, stars and logos are drawing (artifacts).
  const masthead = structNode('Sect', 'masthead');
  const tag = (role: StructRole, key: string) => [masthead, structNode(role, key)];

  for (const [index, placed] of layout.parts.entries()) {
    if ('top' in placed) {
      items.push(...ruleItems(placed.part, frame, frame.top + placed.above, shaper));
      continue;
    }
    const { part, line, lines } = placed;
    switch (part.kind) {
      case 'title':
      case 'issueLine':
      case 'text': {
        const text = fillPattern(textPattern(part), values);
        if (text === '') break;
        const field = part.kind === 'title' ? 'title' : part.kind === 'issueLine' ? 'issue' : 'text';
        const place = part.kind === 'title' ? problems?.places?.title : part.kind === 'issueLine' ? problems?.places?.issue : undefined;
        const tracking = part.kind === 'issueLine' ? 0 : (part.tracking ?? 0) * part.size;
        const set = fitLine(field, place, text, styleOf(part), frame.width, part.align ?? (part.kind === 'text' ? 'left' : 'center'), tracking);
        const path = part.kind === 'title' ? tag('H1', 'title') : tag('P', `${part.kind}${index}`);
        if (set) items.push(...tagItems(placeLine(set, frame.left, baselineOf(frame, line, lines, part.size)), path));
        break;
      }
      case 'sponsors': {
        const style = styleOf(part);
        const centred = part.layout === 'centred';
        const labelWidth = centred ? 0 : shaper.shape(part.label, style, undefined).reduce((s, g) => s + g.advance, 0);
        const path = tag('P', `sponsors${index}`);
        shown.sponsors.forEach((sponsor, i) => {
          const text = i === 0 ? part.label + sponsor : sponsor;
          const x = i === 0 ? frame.left : frame.left + labelWidth;
          const width = frame.width - (x - frame.left);
          const set = fitLine('sponsors', problems?.places?.sponsors?.[i], text, style, width, centred ? 'center' : (part.align ?? 'left'));
          if (set) items.push(...tagItems(placeLine(set, x, baselineOf(frame, line + i, 1, part.size)), path));
        });
        break;
      }
      case 'date': {
        const set = setSingleLine([{ text: formatDate(meta, template), style: styleOf(part) }], shaper, frame.width, part.align ?? 'right');
        items.push(...tagItems(placeLine(set, frame.left, baselineOf(frame, line, 1, part.size)), tag('P', `date${index}`)));
        break;
      }
      case 'logo': {
        const height = part.height ?? part.width ?? lines * frame.pitch;
        const width = part.width ?? height;
        const inset = part.inset ?? 0;
        const align = part.align ?? 'left';
        const x = align === 'left' ? frame.left + inset : align === 'right' ? frame.left + frame.width - inset - width : frame.left + (frame.width - width) / 2;
        const y = frame.top + line * frame.pitch + (lines * frame.pitch - height) / 2;
        items.push({ kind: 'image', x, y, width, height, src: part.src });
        break;
      }
    }
  }
  return { items, bodyStart: layout.bodyStart };
}

/** The strokes of a rule `gap` points below `above` (points from the top of the page), across the type area. */
export function ruleItems(rule: PartOf<'rule'>, frame: Frame, above: number, shaper: Shaper): PageItem[] {
  const top = above + rule.gap;
  const line = (y: number, thickness: number, x = frame.left, width = frame.width): PageItem => ({ kind: 'rule', x, y, width, thickness, colour: rule.colour });
  const thin = rule.thin ?? rule.thick;
  const between = rule.between ?? 0;
  switch (rule.style ?? 'thick-thin') {
    case 'thick-thin': {
      // Summed in this order so that jinqiao's rules land on exactly the points they always had.
      const thickY = above + rule.gap + rule.thick / 2;
      return [line(thickY, rule.thick), line(thickY + rule.thick / 2 + between + thin / 2, thin)];
    }
    case 'thin-thick': {
      const thinY = top + thin / 2;
      return [line(thinY, thin), line(thinY + thin / 2 + between + rule.thick / 2, rule.thick)];
    }
    case 'double':
      return [line(top + rule.thick / 2, rule.thick), line(top + 1.5 * rule.thick + between, rule.thick)];
    case 'single':
      return [line(top + rule.thick / 2, rule.thick)];
    case 'star': {
      // GB/T 9704's red rule broken by a ★ in its middle: the star's em box centred on the rule.
      const size = rule.star?.size ?? rule.thick * 4;
      const space = rule.star?.space ?? size / 4;
      const centreY = top + ruleHeight(rule) / 2;
      const star = setSingleLine([{ text: '★', style: { role: 'body', size, colour: rule.colour } }], shaper, size, 'center');
      const starWidth = Math.max(star.extent, size);
      const half = (frame.width - starWidth) / 2 - space;
      return [
        line(centreY, rule.thick, frame.left, half),
        line(centreY, rule.thick, frame.left + frame.width - half, half),
        ...placeLine(star, frame.left + (frame.width - starWidth) / 2, centreY + 0.38 * size),
      ];
    }
  }
}
