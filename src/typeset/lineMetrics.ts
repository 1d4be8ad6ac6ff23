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
  /** ½ em taken off an opening bracket at the line start (B.2). */
  readonly startTrim: number;
  /** Space taken off a mark at the line end, which is set half-width (B.2, GB/T 15834 §5.1.10). */
  readonly endTrim: number;
}

/** Measures units [start, end) as one line. */
export function measureLine(seg: Segmented, start: number, end: number): LineMetrics {
  let natural = 0;
  let shrink = 0;
  let glueStretch = 0;
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
    gaps: Math.max(0, end - start - 1),
    startTrim,
    endTrim,
  };
}
