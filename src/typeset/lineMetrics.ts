import type { Segmented } from './segment.js';

/** The widths and elasticity of units [start, end) set as one line, edges already trimmed. */
export interface LineMetrics {
  readonly natural: number;
  /** Everything that may be squeezed out (punctuation space, word spaces, Han–Latin gaps). */
  readonly shrink: number;
  /** Glue stretch before inter-character spacing: word spaces to ½ em, Han–Latin gaps to ⅓ em. */
  readonly glueStretch: number;
  /** Places where inter-character stretch may go (docs/layout.md B.3 step 2). */
  readonly gaps: number;
  /** Joints inside a word cut for being too wide: stretched only when a line has no other gap. */
  readonly rigidGaps: number;
  /** Word spaces and Han–Latin gaps: they take what inter-character stretch may not. */
  readonly glueJoints: number;
  /** ½ em taken off an opening bracket at the line start (B.2). */
  readonly startTrim: number;
  /** Space taken off a mark at the line end, which is set half-width (B.2, GB/T 15834 §5.1.10). */
  readonly endTrim: number;
}

/**
 * The most inter-character stretch a gap between two ideographs takes (clreq allows ¼ em; a hair
 * less so rounding stays inside it). Beyond that, word spaces and Han–Latin gaps take the rest.
 */
export const MAX_GAP_EM = 0.24;

/** A line's metrics as the line breaker fills them in again and again (one object per paragraph, not per line tried). */
export type LineMetricsScratch = { -readonly [K in keyof LineMetrics]: LineMetrics[K] };

/** A fresh {@link LineMetricsScratch}; its numbers are doubles from the start, so writing one never changes its shape. */
export function lineMetricsScratch(): LineMetricsScratch {
  return { natural: 0.5, shrink: 0.5, glueStretch: 0.5, gaps: 0, rigidGaps: 0, glueJoints: 0, startTrim: 0.5, endTrim: 0.5 };
}

/** How a line is stretched: per inter-character gap, and per word space or Han–Latin gap. */
export interface StretchShares {
  perGap: number;
  perGlue: number;
}

/**
 * How a line of `width` is stretched: per inter-character gap, and per word space or Han–Latin gap.
 *
 * @param out Where to put the shares (optional: a new object; the line breaker passes one it reuses).
 */
export function stretchShares(m: LineMetrics, width: number, em: number, out: StretchShares = { perGap: 0, perGlue: 0 }): StretchShares {
  const extra = width - m.natural - m.glueStretch;
  if (extra <= 0 || m.gaps === 0) return shares(out, 0, 0);
  const perGap = extra / m.gaps;
  if (perGap <= MAX_GAP_EM * em || m.glueJoints === 0) return shares(out, perGap, 0);
  return shares(out, MAX_GAP_EM * em, (extra - MAX_GAP_EM * em * m.gaps) / m.glueJoints);
}

function shares(out: StretchShares, perGap: number, perGlue: number): StretchShares {
  out.perGap = perGap;
  out.perGlue = perGlue;
  return out;
}

/**
 * Running sums over the units of a line that starts at `start`, extended one unit at a time:
 * the line breaker tries every end for one start without adding the same units again.
 */
export class LineMeter {
  private natural = 0;
  private shrink = 0;
  private glueStretch = 0;
  private gaps = 0;
  private rigidGaps = 0;
  private glueJoints = 0;
  /** One past the last unit added. */
  end: number;
  /** ½ em taken off an opening bracket at the line start (B.2). */
  readonly startTrim: number;

  constructor(
    private readonly seg: Segmented,
    private readonly start: number,
  ) {
    this.end = start;
    const first = seg.units[start];
    this.startTrim = first && first.cls === 'open' ? first.spaceLeft : 0;
  }

  /** Adds the next unit and the joint before it; false past the paragraph's end. */
  add(): boolean {
    const u = this.seg.units[this.end];
    if (!u) return false;
    this.natural += u.natural - u.trimLeft - u.trimRight;
    this.shrink += u.spaceLeft + u.spaceRight;
    if (this.end > this.start) {
      const j = this.seg.joints[this.end];
      if (j) {
        this.natural += j.glue;
        this.shrink += j.glueShrink;
        this.glueStretch += j.glueStretch;
        if (j.rigid) this.rigidGaps++;
        else this.gaps++;
        if (j.glueKind === 'word' || j.glueKind === 'autospace') this.glueJoints++;
      }
    }
    this.end++;
    return true;
  }

  /** The units so far at their natural width, before the line-end trim. */
  get loose(): number {
    return this.natural - this.startTrim;
  }

  /** The narrowest the units so far could be set, before the line-end trim. */
  get tightest(): number {
    return this.natural - this.startTrim - this.shrink;
  }

  /** The units so far as a line: edges trimmed (a mark at the line end is set half-width). */
  metrics(): LineMetrics {
    const endTrim = this.seg.units[this.end - 1]?.spaceRight ?? 0;
    return {
      natural: this.natural - this.startTrim - endTrim,
      shrink: this.shrink - this.startTrim - endTrim,
      glueStretch: this.glueStretch,
      gaps: this.gaps,
      rigidGaps: this.rigidGaps,
      glueJoints: this.glueJoints,
      startTrim: this.startTrim,
      endTrim,
    };
  }
}

/** Measures units [start, end) as one line. */
export function measureLine(seg: Segmented, start: number, end: number): LineMetrics {
  const meter = new LineMeter(seg, start);
  while (meter.end < end && meter.add());
  return meter.metrics();
}

/**
 * Running totals over a whole paragraph, so that any line [start, end) is measured at once: the
 * breaker skips the ends that would leave a line far too loose without adding up their units.
 */
export class LinePrefix {
  /** Sums over units [0, i) (unit widths, punctuation space) and joints (1, i] (glue). */
  private readonly natural: Float64Array;
  private readonly shrink: Float64Array;
  private readonly glueNatural: Float64Array;
  private readonly glueShrink: Float64Array;
  private readonly glueStretch: Float64Array;
  private readonly gaps: Int32Array;
  private readonly rigidGaps: Int32Array;
  private readonly glueJoints: Int32Array;

  constructor(private readonly seg: Segmented) {
    const n = seg.units.length;
    this.natural = new Float64Array(n + 1);
    this.shrink = new Float64Array(n + 1);
    this.glueNatural = new Float64Array(n + 1);
    this.glueShrink = new Float64Array(n + 1);
    this.glueStretch = new Float64Array(n + 1);
    this.gaps = new Int32Array(n + 1);
    this.rigidGaps = new Int32Array(n + 1);
    this.glueJoints = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const u = seg.units[i] as Segmented['units'][number];
      this.natural[i + 1] = (this.natural[i] ?? 0) + u.natural - u.trimLeft - u.trimRight;
      this.shrink[i + 1] = (this.shrink[i] ?? 0) + u.spaceLeft + u.spaceRight;
      const j = i + 1 < n ? seg.joints[i + 1] : undefined;
      this.glueNatural[i + 1] = (this.glueNatural[i] ?? 0) + (j?.glue ?? 0);
      this.glueShrink[i + 1] = (this.glueShrink[i] ?? 0) + (j?.glueShrink ?? 0);
      this.glueStretch[i + 1] = (this.glueStretch[i] ?? 0) + (j?.glueStretch ?? 0);
      this.gaps[i + 1] = (this.gaps[i] ?? 0) + (j && !j.rigid ? 1 : 0);
      this.rigidGaps[i + 1] = (this.rigidGaps[i] ?? 0) + (j?.rigid ? 1 : 0);
      this.glueJoints[i + 1] = (this.glueJoints[i] ?? 0) + (j && (j.glueKind === 'word' || j.glueKind === 'autospace') ? 1 : 0);
    }
  }

  private startTrim(start: number): number {
    const first = this.seg.units[start];
    return first && first.cls === 'open' ? first.spaceLeft : 0;
  }

  /** Units [start, end) at their natural width, before the line-end trim. */
  loose(start: number, end: number): number {
    return this.sum(this.natural, start, end) + this.sum(this.glueNatural, start, end - 1) - this.startTrim(start);
  }

  /** The narrowest units [start, end) could be set, before the line-end trim. */
  tightest(start: number, end: number): number {
    return this.loose(start, end) - this.sum(this.shrink, start, end) - this.sum(this.glueShrink, start, end - 1);
  }

  /**
   * Units [start, end) as a line: edges trimmed, as {@link LineMeter.metrics} gives them.
   *
   * @param out Where to put them (the line breaker tries hundreds of thousands of lines).
   */
  metrics(start: number, end: number, out: LineMetricsScratch = lineMetricsScratch()): LineMetrics {
    const startTrim = this.startTrim(start);
    const endTrim = this.seg.units[end - 1]?.spaceRight ?? 0;
    const natural = this.sum(this.natural, start, end) + this.sum(this.glueNatural, start, end - 1);
    const shrink = this.sum(this.shrink, start, end) + this.sum(this.glueShrink, start, end - 1);
    out.natural = natural - startTrim - endTrim;
    out.shrink = shrink - startTrim - endTrim;
    out.glueStretch = this.sum(this.glueStretch, start, end - 1);
    out.gaps = this.sum(this.gaps, start, end - 1);
    out.rigidGaps = this.sum(this.rigidGaps, start, end - 1);
    out.glueJoints = this.sum(this.glueJoints, start, end - 1);
    out.startTrim = startTrim;
    out.endTrim = endTrim;
    return out;
  }

  private sum(a: Float64Array | Int32Array, start: number, end: number): number {
    return end <= start ? 0 : (a[end] ?? 0) - (a[start] ?? 0);
  }
}
