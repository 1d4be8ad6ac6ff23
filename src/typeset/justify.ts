import { measureLine, stretchShares } from './lineMetrics.js';
import type { LineSpan } from './breakLines.js';
import type { Segmented, Unit } from './segment.js';
import type { Colour, PlacedGlyph } from './types.js';

export type Align = 'justify' | 'left' | 'center' | 'right';

/** Glyphs of one font and style within a set line; x is relative to the line's left edge. */
export interface LineRun {
  readonly font: string;
  readonly size: number;
  readonly colour: Colour;
  readonly bold: boolean;
  /** Points above the line's baseline (footnote calls). */
  readonly rise: number;
  readonly glyphs: readonly PlacedGlyph[];
}

/** The horizontal extent of linked text on a line. */
export interface LineLink {
  readonly x0: number;
  readonly x1: number;
  readonly url: string;
}

/** A line set to its width: runs plus the characters it holds (for tests and bookmarks). */
export interface SetLine {
  readonly runs: readonly LineRun[];
  readonly text: string;
  /** Largest font size on the line: decides how many grid lines it takes. */
  readonly size: number;
  /** Where the line's last box ends, from the line's left edge (its width as set). */
  readonly extent: number;
  /** A line of a justified paragraph other than its last: flush on both sides. */
  readonly justified: boolean;
  /** Non-punctuation characters on the line (孤字 checks). */
  readonly letters: number;
  readonly links: readonly LineLink[];
  /** Numbers of the footnotes called on the line. */
  readonly notes: readonly number[];
}

// docs/layout.md B.3 step 1: the order in which space is squeezed out of a line that is too long.
type ShrinkTier = 'word' | 'middle' | 'bracket' | 'pause' | 'autospace' | 'hanspace' | 'stop';
const SHRINK_ORDER: readonly ShrinkTier[] = ['word', 'middle', 'bracket', 'pause', 'autospace', 'hanspace', 'stop'];

function unitTier(u: Unit): ShrinkTier | undefined {
  switch (u.cls) {
    case 'middle':
      return 'middle';
    case 'open':
    case 'close':
      return 'bracket';
    case 'pause':
      return 'pause';
    case 'stop':
      return 'stop';
    default:
      return undefined;
  }
}

/**
 * Squeezes `need` points out of a line, tier by tier in the order of B.3 step 1: within a tier
 * every unit's punctuation space and every glue's shrink gives the same share.
 *
 * @param left The units' punctuation space on their left, changed in place.
 * @param right The same on their right.
 * @param glue The glue of the joints inside the line, changed in place.
 */
function squeeze(seg: Segmented, start: number, need: number, left: number[], right: number[], glue: number[], glueShrink: readonly number[]): void {
  // Each unit or joint belongs to one tier at most: listed once, each list in line order, so
  // the sums are taken in the same order as by a scan of the whole line per tier.
  const units = new Map<ShrinkTier, number[]>();
  const joints = new Map<ShrinkTier, number[]>();
  for (let k = 0; k < left.length; k++) {
    const tier = unitTier(seg.units[start + k] as Unit);
    if (tier !== undefined) listed(units, tier).push(k);
  }
  for (let k = 0; k < glue.length; k++) {
    const kind = seg.joints[start + 1 + k]?.glueKind;
    if (kind !== undefined && kind !== 'none') listed(joints, kind).push(k);
  }
  for (const tier of SHRINK_ORDER) {
    if (need <= 0) break;
    const tierUnits = units.get(tier) ?? [];
    const tierJoints = joints.get(tier) ?? [];
    let capacity = 0;
    for (const k of tierUnits) capacity += (left[k] as number) + (right[k] as number);
    for (const k of tierJoints) capacity += glueShrink[k] as number;
    if (capacity <= 0) continue;
    const ratio = Math.min(1, need / capacity);
    for (const k of tierUnits) {
      left[k] = (left[k] as number) - (left[k] as number) * ratio;
      right[k] = (right[k] as number) - (right[k] as number) * ratio;
    }
    for (const k of tierJoints) glue[k] = (glue[k] as number) - (glueShrink[k] as number) * ratio;
    need -= capacity * ratio;
  }
}

function listed(lists: Map<ShrinkTier, number[]>, tier: ShrinkTier): number[] {
  let list = lists.get(tier);
  if (list === undefined) lists.set(tier, (list = []));
  return list;
}

/**
 * Sets units [start, end) as a line of `width`: shrinks in the order of B.3, or stretches word
 * spaces and Han–Latin gaps and then every gap between characters equally.
 */
export function setLine(seg: Segmented, span: LineSpan, width: number, align: Align, isLast: boolean, letterSpacing = 0): SetLine {
  const { start, end } = span;
  const m = measureLine(seg, start, end);
  const count = end - start;
  // Per unit, the punctuation space left on each side; per joint inside the line, its glue. Plain
  // arrays: a typed array this size is allocated outside the heap, which costs more per line.
  const spaceLeft: number[] = [];
  const spaceRight: number[] = [];
  for (let k = 0; k < count; k++) {
    const u = seg.units[start + k] as Unit;
    spaceLeft.push(u.spaceLeft - (k === 0 ? m.startTrim : 0));
    spaceRight.push(u.spaceRight - (k === count - 1 ? m.endTrim : 0));
  }
  const glue: number[] = [];
  const glueShrink: number[] = [];
  const glueStretch: number[] = [];
  for (let i = start + 1; i < end; i++) {
    const j = seg.joints[i];
    glue.push((j?.glue ?? 0) + letterSpacing);
    glueShrink.push(j?.glueShrink ?? 0);
    glueStretch.push(j?.glueStretch ?? 0);
  }
  const natural = m.natural + letterSpacing * m.gaps;
  let diff = width - natural;
  let perGap = 0;
  let rigidGap = 0;
  let perGlue = 0;
  if (diff < 0) {
    squeeze(seg, start, -diff, spaceLeft, spaceRight, glue, glueShrink);
    diff = 0;
  } else if (align === 'justify' && !isLast && diff > 0) {
    let total = 0;
    for (const stretch of glueStretch) total += stretch;
    if (total > 0) {
      const ratio = Math.min(1, diff / total);
      for (let k = 0; k < glue.length; k++) glue[k] = (glue[k] ?? 0) + (glueStretch[k] ?? 0) * ratio;
      diff -= total * ratio;
    }
    const em = seg.units[start]?.style.size ?? 12;
    // stretchShares works from the glue's full stretch, which the loop above has just used up.
    const shares = stretchShares({ ...m, natural: width - diff - m.glueStretch }, width, em);
    perGap = shares.perGap;
    perGlue = shares.perGlue;
    rigidGap = m.gaps === 0 && m.rigidGaps > 0 ? diff / m.rigidGaps : 0;
    diff = 0;
  }
  let x = align === 'center' ? diff / 2 : align === 'right' ? diff : 0;
  const runs: { font: string; size: number; colour: Colour; bold: boolean; rise: number; glyphs: PlacedGlyph[] }[] = [];
  const links: { x0: number; x1: number; url: string }[] = [];
  const notes: number[] = [];
  let run: (typeof runs)[number] | undefined;
  const place = (u: Unit, id: number, font: string, gx: number, text: string, advance: number): void => {
    const bold = u.style.bold ?? false;
    const rise = u.style.rise ?? 0;
    if (!run || run.font !== font || run.size !== u.style.size || run.colour !== u.style.colour || run.bold !== bold || run.rise !== rise) {
      run = { font, size: u.style.size, colour: u.style.colour, bold, rise, glyphs: [] };
      runs.push(run);
    }
    run.glyphs.push({ id, x: gx, advance, text });
  };
  let text = '';
  let size = 0;
  let letters = 0;
  for (let k = 0; k < count; k++) {
    const u = seg.units[start + k] as Unit;
    if (k > 0) {
      const joint = seg.joints[start + k];
      if (joint?.spaceGlyph) place(u, joint.spaceGlyph.id, joint.spaceGlyph.font, x, ' ', joint.spaceGlyph.advance);
      const isGlue = joint?.glueKind === 'word' || joint?.glueKind === 'autospace';
      x += (glue[k - 1] ?? 0) + (joint?.rigid ? rigidGap : perGap) + (isGlue ? perGlue : 0);
      if (joint?.spaceGlyph) text += ' ';
    }
    const left = u.trimLeft + (u.spaceLeft - (spaceLeft[k] as number));
    const right = u.trimRight + (u.spaceRight - (spaceRight[k] as number));
    let gx = x - left + u.inkOffset;
    for (const g of u.glyphs) {
      place(u, g.id, g.font, gx, g.text, g.advance);
      gx += g.advance;
    }
    const boxStart = x;
    x += u.natural - left - right;
    if (u.style.note !== undefined && !notes.includes(u.style.note)) notes.push(u.style.note);
    const url = u.style.link;
    if (url) {
      const open = links.at(-1);
      if (open && open.url === url && boxStart - open.x1 < u.style.size) open.x1 = x;
      else links.push({ x0: boxStart, x1: x, url });
    }
    text += u.text;
    letters += u.letters;
    size = Math.max(size, u.style.size);
  }
  return { runs, text, size, extent: x, justified: align === 'justify' && !isLast, letters, links, notes };
}
