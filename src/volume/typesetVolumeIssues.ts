import { templateOf, typesetIssue, type BuildOptions } from '../build/buildIssue.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FontShaper } from '../fonts/fontShaper.js';
import type { LoadedFont } from '../fonts/loadFont.js';
import type { IssueMeta, MetaPlaces } from '../model/document.js';
import type { Template } from '../template/template.js';
import type { TypesetDocument } from '../typeset/types.js';

/** An issue set for a volume: its pages without page numbers (the volume numbers them). */
export interface SetIssue {
  /** Absolute path. */
  readonly file: string;
  readonly meta: IssueMeta;
  /** Where the masthead's fields were written, for warnings about the cover. */
  readonly places?: MetaPlaces;
  /** The template it was set with (a built-in one, or one from a folder). */
  readonly template: Template;
  readonly typeset: TypesetDocument;
}

/** The issues set, the fonts they drew with, and a shaper for the volume's own text. */
export interface SetIssues {
  readonly issues: readonly SetIssue[];
  /** The first issue's shaper: the cover, the contents and the feet are set in its fonts. */
  readonly shaper?: FontShaper;
  /** Every font the issues' pages name, by key. */
  readonly fonts: Map<string, LoadedFont>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads and sets each issue as `build` does, keeping its pages (the contents needs all their
 * numbers before any page is painted) but not its shaper: only the fonts its pages name.
 *
 * @param files The issues, in volume order (absolute paths).
 * @param options Build options, font paths absolute.
 */
export async function typesetVolumeIssues(files: readonly string[], options: BuildOptions): Promise<SetIssues> {
  const issues: SetIssue[] = [];
  const fonts = new Map<string, LoadedFont>();
  const diagnostics: Diagnostic[] = [];
  let shaper: FontShaper | undefined;
  for (const file of files) {
    const result = await typesetIssue(file, options, true, { pageNumbers: false });
    diagnostics.push(...result.diagnostics);
    if (!result.document || !result.typeset || !result.shaper) continue;
    const { meta, metaPlaces } = result.document;
    issues.push({ file, meta, ...(metaPlaces ? { places: metaPlaces } : {}), template: templateOf(result.document), typeset: result.typeset });
    shaper ??= result.shaper;
    for (const [key, font] of result.shaper.fontsByKey) fonts.set(key, font);
  }
  return { issues, ...(shaper ? { shaper } : {}), fonts, diagnostics };
}
