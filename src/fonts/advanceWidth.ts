import type * as fontkit from 'fontkit';

interface MetricsTable {
  readonly metrics: { readonly length: number; get(i: number): { readonly advance: number } | undefined };
}

/**
 * A glyph's advance in font units, read straight from `hmtx`. fontkit's `glyph.advanceWidth`
 * also works out vertical metrics, which without a `vmtx` table parses the glyph's outline:
 * thousands of outlines for one issue.
 */
export function advanceWidth(face: fontkit.Font, gid: number): number {
  const hmtx = (face as unknown as { hmtx: MetricsTable }).hmtx;
  const { metrics } = hmtx;
  // Glyphs past the last long metric share its advance (OpenType hmtx).
  return metrics.get(Math.min(gid, metrics.length - 1))?.advance ?? 0;
}
