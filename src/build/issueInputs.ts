import type { Block, BulletinDocument } from '../model/document.js';
import { FONT_ROLES } from '../fonts/resolveFonts.js';
import type { FontShaper } from '../fonts/fontShaper.js';

/** Everything a build read that can change its output, for incremental builds (src/batch/). */
export interface IssueInputs {
  /** Absolute paths: the issue, its bulletin.yaml files, its pictures, then every font it could draw from. */
  readonly files: readonly string[];
  /** The template's name (templates are data compiled into bulletin, so its version covers their files). */
  readonly template: string;
}

function figures(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'figure') return [b.src];
    if (b.kind === 'quote') return figures(b.children);
    if (b.kind === 'list') return b.items.flatMap(figures);
    return [];
  });
}

/**
 * The files an issue's output depends on. Fonts are every face of every role's fallback chain,
 * not only those a glyph came from: a face earlier in a chain that gains a glyph changes the output.
 */
export function issueInputs(document: BulletinDocument, shaper: FontShaper): IssueInputs {
  const fonts = FONT_ROLES.flatMap((role) => shaper.chain(role).map((f) => f.file));
  const files = [document.file, ...document.configFiles, ...figures(document.blocks), ...fonts];
  return { files: [...new Set(files)], template: document.meta.template };
}
