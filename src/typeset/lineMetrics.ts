import type { Segmented } from './segment.js';

/** The widths and elasticity of units [start, end) set as one line, edges already trimmed. */
export interface LineMetrics {
  readonly natural: number;
  /** Everything that may be squeezed out (punctuation space, word spaces, Han–Latin gaps). */
  readonly shrink: number;
  /** Glue stretch before inter-character spacing: word spaces to ½ em, Han–Latin gaps to ⅓ em. */
  readonly glueStretch: number;
  /** Places where inter-character stretch may go (LAYOUT.md B.3 step 2). */
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

/** How a line of `width` is stretched: per inter-character gap, and per word space or Han–Latin gap. */
export function stretchShares(m: LineMetrics, width: number, em: number): { perGap: number; perGlue: number } {
  const extra = width - m.natural - m.glueStretch;
  if (extra <= 0 || m.gaps === 0) return { perGap: 0, perGlue: 0 };
  const perGap = extra / m.gaps;
  if (perGap <= MAX_GAP_EM * em || m.glueJoints === 0) return { perGap, perGlue: 0 };
  return { perGap: MAX_GAP_EM * em, perGlue: (extra - MAX_GAP_EM * em * m.gaps) / m.glueJoints };
}

/** Measures units [start, end) as one line. */
export function measureLine(seg: Segmented, start: number, end: number): LineMetrics {
  let natural = 0;
  let shrink = 0;
  let glueStretch = 0;
  let gaps = 0;
  let rigidGaps = 0;
  let glueJoints = 0;
  for (let i = start; i < end; i++) {
    const u = seg.units[i];
    if (!u) continue;
    natural += u.natural - u.trimLeft - u.trimRight;
    shrink += u.spaceLeft + u.spaceRight;
    if (i > start) {
      const j = seg.joints[i];
      if (j) {
        natural += j.glue;
        shrink += j.glueShrink;
        glueStretch += j.glueStretch;
        if (j.rigid) rigidGaps++;
        else gaps++;
        if (j.glueKind === 'word' || j.glueKind === 'autospace') glueJoints++;
      }
    }
  }
  const first = seg.units[start];
  const last = seg.units[end - 1];
  const startTrim = first && first.cls === 'open' ? first.spaceLeft : 0;
  const endTrim = last ? last.spaceRight : 0;
  return {
    natural: natural - startTrim - endTrim,
    shrink: shrink - startTrim - endTrim,
    glueStretch,
    gaps,
    rigidGaps,
    glueJoints,
    startTrim,
    endTrim,
  };
}
