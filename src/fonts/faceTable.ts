import type * as fontkit from 'fontkit';
import { advanceWidth } from './advanceWidth.js';
import type { FontBox, GlyphMetrics, LayoutTable } from './fontTable.js';

/**
 * The layout data of a face fontkit has parsed (a configured or installed font): looked up in the
 * face as asked; every run of two or more characters is left to fontkit's shaper.
 */
export class FaceTable implements LayoutTable {
  constructor(private readonly face: fontkit.Font) {}

  get unitsPerEm(): number {
    return this.face.unitsPerEm;
  }

  get numGlyphs(): number {
    return this.face.numGlyphs;
  }

  get ascent(): number {
    return this.face.ascent;
  }

  get descent(): number {
    return this.face.descent;
  }

  get capHeight(): number {
    return this.face.capHeight;
  }

  get xHeight(): number {
    return this.face.xHeight;
  }

  get bbox(): FontBox {
    const b = this.face.bbox;
    return { minX: b.minX, minY: b.minY, maxX: b.maxX, maxY: b.maxY };
  }

  glyphId(cp: number): number {
    return this.face.glyphForCodePoint(cp).id;
  }

  hasGlyph(cp: number): boolean {
    return this.face.hasGlyphForCodePoint(cp);
  }

  advance(gid: number): number {
    return advanceWidth(this.face, gid);
  }

  shapeRun(): GlyphMetrics[] | undefined {
    return undefined;
  }
}
