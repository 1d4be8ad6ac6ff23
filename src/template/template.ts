import jinqiao from '../../templates/jinqiao/template.json' with { type: 'json' };
import type { PunctuationStyle } from '../model/document.js';
import type { Colour, FontRole } from '../typeset/types.js';

export interface ColourSpec {
  readonly cmyk: readonly [number, number, number, number];
  readonly rgb: string;
}

interface Face {
  readonly role: FontRole;
  readonly size?: number;
  readonly colour?: Colour;
}

export interface HeadingSpec extends Face {
  readonly size: number;
  readonly align?: 'center';
  readonly indent?: number;
  readonly bold?: boolean;
  readonly spaceBefore?: number;
  readonly spaceAfter?: number;
}

/** A template as data (templates/<name>/template.json): geometry, sizes, faces and colours. */
export interface Template {
  readonly name: string;
  readonly page: { readonly width: number; readonly height: number; readonly marginTop: number; readonly marginLeft: number };
  /** The type area: `chars` body characters wide, `lines` lines of `pitch` points tall. */
  readonly grid: { readonly chars: number; readonly lines: number; readonly pitch: number; readonly size: number };
  readonly colours: Readonly<Record<Colour, ColourSpec>>;
  /** docs/layout.md B.2 punctuation style, unless the issue or --punct says otherwise. */
  readonly punctuation: PunctuationStyle;
  readonly masthead: {
    readonly title: Face & { readonly size: number; readonly tracking: number; readonly line: number; readonly lines: number };
    readonly issueLine: Face & { readonly size: number; readonly line: number };
    readonly sponsors: Face & { readonly size: number; readonly line: number; readonly label: string };
    readonly rule: { readonly gap: number; readonly thick: number; readonly thin: number; readonly between: number; readonly colour: Colour };
  };
  readonly body: Face & { readonly size: number; readonly indent: number };
  readonly strong: Face;
  /** Code spans and blocks: a monospace face. */
  readonly code: Face;
  readonly emphasis: Face;
  readonly editorsNote: Face & { readonly labelRole: FontRole; readonly indent: number; readonly spaceAfter: number };
  readonly headings: Readonly<Record<'1' | '2' | '3' | '4', HeadingSpec>>;
  readonly quote: Face & { readonly indent: number };
  /** Figures: at most `maxHeight` of the type area tall; caption in Kai 五号 below (docs/layout.md A.3). */
  readonly figure: { readonly maxHeight: number; readonly caption: Face & { readonly size: number }; readonly gap: number };
  readonly table: Face & {
    readonly headerRole: FontRole;
    readonly size: number;
    readonly pitch: number;
    readonly padding: number;
    readonly rule: number;
    readonly outerRule: number;
  };
  readonly footnotes: Face & { readonly size: number; readonly pitch: number; readonly ruleWidth: number; readonly rule: number; readonly gap: number };
  /** 本期要目: the contents block of an issue with two or more articles. */
  readonly contents: Face & { readonly title: string; readonly size: number; readonly entryRole: FontRole };
  readonly thematicBreak: { readonly width: number; readonly rule: number };
  readonly disclaimer: Face & { readonly size: number; readonly spaceBefore: number };
  readonly colophon: Face & { readonly size: number; readonly indent: number; readonly rule: number; readonly pitch: number };
  readonly pageNumber: Face & { readonly size: number; readonly below: number };
}

// The JSON is checked against this type by the template test; TypeScript cannot see tuple lengths in JSON.
const TEMPLATES: Readonly<Record<string, Template>> = { jinqiao: jinqiao as unknown as Template };

/** The names of the templates bulletin ships. */
export const TEMPLATE_NAMES = Object.keys(TEMPLATES);

/** Looks a template up by name (validated by the reader, so a miss is a bug). */
export function getTemplate(name: string): Template {
  const t = TEMPLATES[name];
  if (!t) throw new Error(`unknown template ${name}`);
  return t;
}
