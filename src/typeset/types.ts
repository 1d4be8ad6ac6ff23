/** The font roles of a template (docs/layout.md D.1), and `mono` for code (issue 6). */
export type FontRole = 'title' | 'body' | 'hei' | 'kai' | 'mono';

/** The name of one of the template's `colours`. */
export type Colour = string;

/** How a piece of text is set: which role's font, at what size, in what colour. */
export interface TextStyle {
  readonly role: FontRole;
  readonly size: number;
  readonly colour: Colour;
  /** Faces without a bold get a fill-and-stroke "fake bold", as Word does (docs/layout.md D.2). */
  readonly bold?: boolean;
  /** Raised above the baseline by this many points (footnote calls). */
  readonly rise?: number;
  /** The target of a link the text belongs to. */
  readonly link?: string;
  /** The footnote this text calls (the ① of a call). */
  readonly note?: number;
}

/** Where a character came from, for diagnostics (missing glyphs, stray marks). */
export interface Origin {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One glyph of a font, with its advance at the style's size, in points. */
export interface ShapedGlyph {
  /** Glyph id in `font`. */
  readonly id: number;
  readonly advance: number;
  /** The characters this glyph shows (a ligature such as —— shows two). */
  readonly text: string;
  /** Key of the font the glyph comes from (the role's font or a fallback). */
  readonly font: string;
}

/**
 * Turns text into glyphs. The real one (src/fonts) uses fontkit and falls back across fonts;
 * tests use a fake one with 1 em per Han character, so line breaking needs no font.
 */
export interface Shaper {
  shape(text: string, style: TextStyle, origin: Origin | undefined): readonly ShapedGlyph[];
  /** Whether the role's own font has every character of `text` (optional: footnote marks ask it). */
  covers?(text: string, role: FontRole): boolean;
  /**
   * Names the fonts the shaper draws from (optional; without it, every paragraph is set afresh).
   * Shapers with the same key give the same glyphs for the same text and style, and shaping a
   * text again in the same role and size does nothing: paragraphs set with one are remembered for
   * the others (paragraphMemo.ts).
   */
  readonly layoutKey?: string | undefined;
}

/** A glyph placed on a page: x is absolute, in points from the left edge of the page. */
export interface PlacedGlyph {
  readonly id: number;
  readonly x: number;
  /** The glyph's own advance at its size (its ink box may be narrower). */
  readonly advance: number;
  readonly text: string;
}

/**
 * A structure element of tagged PDF (ISO 32000-1 §14.8.4) that page content belongs to. `key`
 * tells it from its siblings: content of two items with the same path belongs to the same
 * element, so a paragraph split over two pages stays one P.
 */
export interface StructNode {
  readonly role: StructRole;
  readonly key: string;
  /** Alternate text (a figure's caption). */
  readonly alt?: string;
}

/** The standard structure types bulletin uses. */
export type StructRole =
  | 'Sect' | 'Div' | 'P' | 'H1' | 'H2' | 'H3' | 'H4' | 'BlockQuote' | 'Code' | 'Note'
  | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Caption' | 'TOC' | 'TOCI';

/**
 * Where an item stands in the document's structure, outermost element first. Items without one
 * are artifacts: rules, page numbers, a table header repeated on a later page.
 */
export type StructPath = readonly StructNode[];

/** Glyphs of one font, size and colour on one baseline (y from the top of the page, in points). */
export interface GlyphRun {
  readonly kind: 'glyphs';
  readonly struct?: StructPath;
  /**
   * The run's first glyphs belong to another element than the rest (a list item's marker, its
   * Lbl): a tagged PDF paints them apart, an untagged one as one run.
   */
  readonly lead?: { readonly glyphs: number; readonly struct: StructPath };
  readonly font: string;
  readonly size: number;
  readonly colour: Colour;
  readonly bold?: boolean;
  readonly y: number;
  readonly glyphs: readonly PlacedGlyph[];
}

/** A horizontal rule; y is the centre of its stroke, from the top of the page. */
export interface RuleItem {
  readonly kind: 'rule';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly thickness: number;
  readonly colour: Colour;
}

/** A raster image; x, y is its top-left corner from the page's top-left, in points. */
export interface ImageItem {
  readonly kind: 'image';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Absolute path of the JPEG or PNG file (JPEG is embedded as is). */
  readonly src: string;
  readonly struct?: StructPath;
}

/** A clickable area; x, y is its top-left corner from the page's top-left, in points. */
export interface LinkItem {
  readonly kind: 'link';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly url: string;
  readonly struct?: StructPath;
}

export type PageItem = GlyphRun | RuleItem | ImageItem | LinkItem;

/** A line of body text as set, for tests and debugging dumps (the renderers ignore it). */
export interface LineInfo {
  /** Baseline, from the top of the page. */
  readonly y: number;
  readonly left: number;
  readonly right: number;
  readonly size: number;
  readonly text: string;
  /** A justified paragraph's line other than its last: must be flush on both sides. */
  readonly justified: boolean;
  /** The last line of a paragraph. */
  readonly last: boolean;
  readonly letters: number;
}

export interface Page {
  readonly number: number;
  readonly items: readonly PageItem[];
  readonly lines: readonly LineInfo[];
}

/** An outline entry (PDF bookmark) for a heading. */
export interface Bookmark {
  readonly title: string;
  readonly level: number;
  readonly page: number;
  /** Top of the heading's line, from the top of the page. */
  readonly y: number;
}

/** What the typesetter hands to the renderers: plain data, no fonts or streams. */
export interface TypesetDocument {
  readonly width: number;
  readonly height: number;
  readonly pages: readonly Page[];
  readonly bookmarks: readonly Bookmark[];
}
