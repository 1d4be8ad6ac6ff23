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

interface UnitSpace {
  left: number;
  right: number;
}

/**
 * Sets units [start, end) as a line of `width`: shrinks in the order of B.3, or stretches word
 * spaces and Han–Latin gaps and then every gap between characters equally.
 */
export function setLine(seg: Segmented, span: LineSpan, width: number, align: Align, isLast: boolean, letterSpacing = 0): SetLine {
  const { start, end } = span;
  const m = measureLine(seg, start, end);
  const count = end - start;
  const spaces: UnitSpace[] = [];
  for (let i = start; i < end; i++) {
    const u = seg.units[i] as Unit;
    spaces.push({ left: u.spaceLeft - (i === start ? m.startTrim : 0), right: u.spaceRight - (i === end - 1 ? m.endTrim : 0) });
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
    let need = -diff;
    for (const tier of SHRINK_ORDER) {
      if (need <= 0) break;
      let capacity = 0;
      for (let k = 0; k < count; k++) {
        const u = seg.units[start + k] as Unit;
        const s = spaces[k] as UnitSpace;
        if (unitTier(u) === tier) capacity += s.left + s.right;
      }
      for (let k = 0; k < glue.length; k++) {
        const kind = seg.joints[start + 1 + k]?.glueKind;
        if (kind === tier) capacity += glueShrink[k] ?? 0;
      }
      if (capacity <= 0) continue;
      const ratio = Math.min(1, need / capacity);
      for (let k = 0; k < count; k++) {
        const u = seg.units[start + k] as Unit;
        const s = spaces[k] as UnitSpace;
        if (unitTier(u) === tier) {
          s.left -= s.left * ratio;
          s.right -= s.right * ratio;
        }
      }
      for (let k = 0; k < glue.length; k++) {
        const kind = seg.joints[start + 1 + k]?.glueKind;
        if (kind === tier) glue[k] = (glue[k] ?? 0) - (glueShrink[k] ?? 0) * ratio;
      }
      need -= capacity * ratio;
    }
    diff = 0;
  } else if (align === 'justify' && !isLast && diff > 0) {
    const total = glueStretch.reduce((a, b) => a + b, 0);
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
  const place = (u: Unit, id: number, font: string, gx: number, text: string, advance: number): void => {
    let run = runs.at(-1);
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
    const s = spaces[k] as UnitSpace;
    if (k > 0) {
      const joint = seg.joints[start + k];
      if (joint?.spaceGlyph) place(u, joint.spaceGlyph.id, joint.spaceGlyph.font, x, ' ', joint.spaceGlyph.advance);
      const isGlue = joint?.glueKind === 'word' || joint?.glueKind === 'autospace';
      x += (glue[k - 1] ?? 0) + (joint?.rigid ? rigidGap : perGap) + (isGlue ? perGlue : 0);
      if (joint?.spaceGlyph) text += ' ';
    }
    const left = u.trimLeft + (u.spaceLeft - s.left);
    const right = u.trimRight + (u.spaceRight - s.right);
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
