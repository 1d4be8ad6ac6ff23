import type { LoadedTemplate } from '../template/loadTemplate.js';
import type { SourceSpan } from './source.js';

/**
 * Inline content. A `text` node never spans source lines: the reader splits text at soft line
 * breaks (dropping the break between two Han characters, turning it into one space elsewhere), so
 * the n-th UTF-16 unit of `value` sits at `span.start.column + n` for diagnostics.
 */
export type Inline =
  | { readonly kind: 'text'; readonly value: string; readonly span: SourceSpan }
  | { readonly kind: 'strong'; readonly children: readonly Inline[]; readonly span: SourceSpan }
  | { readonly kind: 'emphasis'; readonly children: readonly Inline[]; readonly span: SourceSpan }
  | { readonly kind: 'code'; readonly value: string; readonly span: SourceSpan }
  | { readonly kind: 'link'; readonly url: string; readonly children: readonly Inline[]; readonly span: SourceSpan }
  | { readonly kind: 'break'; readonly span: SourceSpan }
  /** A GFM footnote call `[^label]`; `number` counts calls' notes from 1 in order of first call. */
  | { readonly kind: 'footnoteRef'; readonly label: string; readonly number: number; readonly span: SourceSpan };

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly children: readonly Inline[];
  readonly span: SourceSpan;
}

/** `#` is an article title (level 1); `##` 一、 (2); `###` （一） (3); `####` 1. (4). */
export interface Heading {
  readonly kind: 'heading';
  readonly level: 1 | 2 | 3 | 4;
  /** The number the template added (`numbering: auto`) when the author wrote none, e.g. `一、`. */
  readonly autoNumber?: string;
  readonly children: readonly Inline[];
  readonly span: SourceSpan;
}

/** The first block quote whose text starts with 编者按 or 按语. Its label stays a `strong` inline. */
export interface EditorsNote {
  readonly kind: 'editorsNote';
  readonly paragraphs: readonly Paragraph[];
  readonly span: SourceSpan;
}

export interface Quote {
  readonly kind: 'quote';
  readonly children: readonly Block[];
  readonly span: SourceSpan;
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly start: number;
  readonly items: readonly (readonly Block[])[];
  readonly span: SourceSpan;
}

export interface CodeBlock {
  readonly kind: 'codeBlock';
  readonly value: string;
  readonly span: SourceSpan;
}

export interface ThematicBreak {
  readonly kind: 'thematicBreak';
  readonly span: SourceSpan;
}

/**
 * A picture: `![caption](file)` alone in its paragraph (docs/layout.md A.3). The reader has checked
 * the file: it exists inside the issue's folder tree (unless allowed outside), and is a JPEG or PNG
 * whose pixel size is known.
 */
export interface Figure {
  readonly kind: 'figure';
  /** Absolute path of the image file. */
  readonly src: string;
  readonly format: 'jpeg' | 'png';
  /**
   * Size in pixels as displayed: a JPEG's EXIF orientation is applied (a phone's portrait photo,
   * stored sideways, is taller than wide here), as pdfkit and browsers apply it when drawing.
   */
  readonly width: number;
  readonly height: number;
  /** The alt text of the Markdown image, set as the caption (may be empty). */
  readonly caption: readonly Inline[];
  readonly span: SourceSpan;
}

export type CellAlign = 'left' | 'center' | 'right' | null;

/** A GFM table: a header row and body rows of cells, each cell's inlines. */
export interface Table {
  readonly kind: 'table';
  /** Column alignment as written in the delimiter row (`:--`, `:-:`, `--:`), null when unset. */
  readonly align: readonly CellAlign[];
  readonly head: readonly (readonly Inline[])[];
  readonly rows: readonly (readonly (readonly Inline[])[])[];
  readonly span: SourceSpan;
}

export type Block = Paragraph | Heading | EditorsNote | Quote | ListBlock | CodeBlock | ThematicBreak | Figure | Table;

/** The text of a footnote, by the number its calls show (①②③). */
export interface Footnote {
  readonly label: string;
  readonly number: number;
  readonly paragraphs: readonly Paragraph[];
  readonly span: SourceSpan;
}

export interface Secretariat {
  readonly name: string;
  readonly address?: string;
  readonly postcode?: string;
  readonly email?: string;
  readonly phone?: string;
}

export interface Distribution {
  readonly 报?: readonly string[];
  readonly 送?: readonly string[];
  readonly 发?: readonly string[];
}

/** Font choice per role: a family name, a PostScript name or a file path. */
export interface FontConfig {
  readonly title?: string;
  readonly body?: string;
  readonly hei?: string;
  readonly kai?: string;
  /** Code spans and blocks (issue 6). */
  readonly mono?: string;
  /** `fonts: bundled`: the bundled fonts only, the same glyphs on every machine. */
  readonly bundled?: boolean;
}

export type PunctuationStyle = 'quanjiao' | 'kaiming' | 'banjiao';

/** A calendar date as written in the front matter (no time zone involved). */
export interface IssueDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Validated front matter merged over bulletin.yaml defaults (docs/layout.md A.5). */
export interface IssueMeta {
  readonly title: string;
  readonly year: number;
  readonly issue: number;
  readonly serial?: number;
  readonly date: IssueDate;
  readonly sponsors: readonly string[];
  readonly disclaimer?: string;
  readonly secretariat?: Secretariat;
  readonly distribution?: Distribution;
  /** The template as named (`jinqiao`, `./our-template`); the document holds it loaded. */
  readonly template: string;
  /** Values of the front-matter fields the template declares (`fields:`), as text. */
  readonly fields?: Readonly<Record<string, string>>;
  readonly fonts?: FontConfig;
  /** Where each role's `fonts:` value was written (the layer that won), for font diagnostics. */
  readonly fontsAt?: Readonly<Partial<Record<'title' | 'body' | 'hei' | 'kai' | 'mono', { readonly file: string; readonly line: number; readonly column: number }>>>;
  readonly punctuation?: PunctuationStyle;
  readonly numbering: boolean;
  /** `break: page` starts every article (`# title`) after the first on a new page. */
  readonly break?: 'page';
  /** Where `bulletin site` publishes the archive (`site: {url: …}`), an http(s) URL. */
  readonly siteUrl?: string;
}

/** Where a masthead field's value was written: messages about its fit point there. */
export interface MetaPlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Places of the fields set in the masthead; `sponsors` holds one per sponsor. */
export interface MetaPlaces {
  readonly title?: MetaPlace;
  readonly issue?: MetaPlace;
  readonly sponsors?: readonly MetaPlace[];
  /** The colophon's source: `distribution`, else `secretariat`. */
  readonly colophon?: MetaPlace;
}

/** A read, validated issue: the only thing later stages see of the Markdown. */
export interface BulletinDocument {
  /** Absolute path of the issue file. */
  readonly file: string;
  /** The bulletin.yaml files that supplied defaults (absolute paths), farthest first. */
  readonly configFiles: readonly string[];
  readonly meta: IssueMeta;
  readonly blocks: readonly Block[];
  /** Footnotes in the order of their numbers; only notes that are called appear. */
  readonly footnotes: readonly Footnote[];
  /** Where the masthead's fields were written (optional: documents built in code have none). */
  readonly metaPlaces?: MetaPlaces;
  /** The template `meta.template` names, loaded by the reader (optional: documents built in code use a built-in one). */
  readonly template?: LoadedTemplate;
}
