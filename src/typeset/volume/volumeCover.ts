import type { MastheadPart, Template } from '../../template/template.js';
import { baselineOf, placeLine, ruleItems, type Frame } from '../masthead.js';
import { setParagraph, setSingleLine, type LaidLine } from '../setParagraph.js';
import type { Page, PageItem, Shaper, TextStyle } from '../types.js';

/** What a volume's cover shows. */
export interface VolumeCover {
  /** The bulletin's title, e.g. 金桥会议传真. */
  readonly title: string;
  readonly year: number;
  /** The issues bound, e.g. `第1期至第8期（总第1期至第8期）`. */
  readonly range: string;
  readonly sponsors: readonly string[];
}

/** The word a bound year's volume goes by. */
export const VOLUME_WORD = '合订本';

// Grid lines of the cover (35 in the type area), chosen to echo the masthead one size up: the
// title in red with the red thick-over-thin rule under it a third of the way down, the year and
// 合订本 below, the issues bound, and the sponsors standing at the foot, as a publisher's name does.
const TITLE_LINE = 5;
const YEAR_LINE = 12;
const WORD_LINE = 14;
const RANGE_LINE = 18;
// Up to this many sponsors get a line each; more are run together, separated by ideographic spaces.
const SPONSOR_LINES = 8;
const FIRST_SPONSOR_LINE = RANGE_LINE + 3;
// A title that does not fit on one line is broken, over at most this many lines.
const TITLE_LINES = 3;

/** Centred lines of one text; one line if it fits with its tracking, else broken without it. */
function centred(text: string, style: TextStyle, shaper: Shaper, frame: Frame, tracking = 0): LaidLine[] {
  const line = setSingleLine([{ text, style }], shaper, frame.width, 'center', tracking * style.size);
  if (line.extent <= frame.width + 0.01) return [{ line, x: 0, span: Math.ceil((style.size * 1.2) / frame.pitch - 1e-9), last: true }];
  return setParagraph([[{ text, style }]], shaper, { width: frame.width, left: 0, firstIndent: 0, align: 'center', pitch: frame.pitch });
}

function place(lines: readonly LaidLine[], frame: Frame, from: number, items: PageItem[]): number {
  let gridLine = from;
  for (const l of lines) {
    items.push(...placeLine(l.line, frame.left + l.x, baselineOf(frame, gridLine, l.span, l.line.size)));
    gridLine += l.span;
  }
  return gridLine;
}

/** What a cover left out: a field whose text did not fit (a warning at the field, never in silence). */
export type CoverCut = 'title' | 'sponsors';

/** Keeps the lines that fit in `span` grid lines. */
function fit(lines: readonly LaidLine[], span: number): { lines: LaidLine[]; cut: boolean } {
  const kept: LaidLine[] = [];
  let used = 0;
  for (const l of lines) {
    if (used + l.span > span) return { lines: kept, cut: true };
    kept.push(l);
    used += l.span;
  }
  return { lines: kept, cut: false };
}

type PartOf<K extends MastheadPart['kind']> = Extract<MastheadPart, { kind: K }>;

function part<K extends MastheadPart['kind']>(template: Template, kind: K): PartOf<K> | undefined {
  return template.masthead.parts.find((p): p is PartOf<K> => p.kind === kind);
}

/**
 * The cover of a year's volume (合订本, docs/layout.md A.7): the title as the masthead sets it
 * (face, size, colour, tracking: red 初号 in jinqiao), under it the masthead's first rule, then the
 * year and 合订本 in the title's face, the issues bound in the issue line's, and the sponsors
 * centred at the foot of the type area. No page number: the cover is page I of the front matter,
 * as the page labels say.
 */
export function setVolumeCover(cover: VolumeCover, template: Template, shaper: Shaper, frame: Frame): { page: Page; cut: CoverCut[] } {
  const items: PageItem[] = [];
  const cut: CoverCut[] = [];
  const title = part(template, 'title');
  const titleStyle: TextStyle = { role: title?.role ?? 'title', size: title?.size ?? 42, colour: title?.colour ?? 'black' };
  const titleLines = centred(cover.title, titleStyle, shaper, frame, title?.tracking ?? 0);
  const fitted = fit(titleLines, TITLE_LINES * (titleLines[0]?.span ?? 1));
  if (fitted.cut) cut.push('title');
  const afterTitle = place(fitted.lines, frame, TITLE_LINE, items);
  const rule = part(template, 'rule');
  if (rule) items.push(...ruleItems(rule, frame, frame.top + afterTitle * frame.pitch, shaper));

  // 一号 and 小初 in jinqiao: between the article titles' 二号 and the title's 初号.
  const heading: TextStyle = { role: titleStyle.role, size: template.headings['1'].size + 4, colour: template.headings['1'].colour ?? 'black' };
  place(centred(`${cover.year}年`, heading, shaper, frame), frame, Math.max(YEAR_LINE, afterTitle + 3), items);
  const word: TextStyle = { role: titleStyle.role, size: Math.max(heading.size, titleStyle.size - 6), colour: heading.colour };
  place(centred(VOLUME_WORD, word, shaper, frame, 0.5), frame, Math.max(WORD_LINE, afterTitle + 5), items);
  const issueLine = part(template, 'issueLine');
  const rangeStyle: TextStyle = { role: issueLine?.role ?? 'body', size: issueLine?.size ?? 14, colour: issueLine?.colour ?? 'black' };
  const afterRange = place(centred(cover.range, rangeStyle, shaper, frame), frame, Math.max(RANGE_LINE, afterTitle + 9), items);

  const sponsorsPart = part(template, 'sponsors');
  const sponsorStyle: TextStyle = { role: sponsorsPart?.role ?? 'body', size: rangeStyle.size, colour: sponsorsPart?.colour ?? 'black' };
  const texts = cover.sponsors.length <= SPONSOR_LINES ? cover.sponsors : [cover.sponsors.join('\u3000')];
  const firstFree = Math.max(FIRST_SPONSOR_LINE, afterRange + 2);
  const sponsors = fit(
    texts.flatMap((s) => centred(s, sponsorStyle, shaper, frame)),
    template.grid.lines - firstFree,
  );
  if (sponsors.cut) cut.push('sponsors');
  const height = sponsors.lines.reduce((h, l) => h + l.span, 0);
  // The sponsors end on the last grid line of the type area.
  place(sponsors.lines, frame, template.grid.lines - height, items);
  return { page: { number: 1, items, lines: [] }, cut };
}
