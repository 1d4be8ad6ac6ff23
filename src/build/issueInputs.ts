import type { Block, BulletinDocument } from '../model/document.js';
import { bundledFontDir, FONT_ROLES, type FontSet } from '../fonts/resolveFonts.js';

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
 * The files an issue's output depends on. Fonts are the configured and installed faces of every
 * role, not only those a glyph came from: a face earlier in a chain that gains a glyph changes the
 * output. The bundled faces are left out: they are part of bulletin, so its version covers them,
 * and hashing them would read megabytes a build never opens.
 *
 * @param used Files of the fonts glyphs were taken from (optional): adds installed fallback faces.
 */
export function issueInputs(document: BulletinDocument, fonts: FontSet, used: readonly string[] = []): IssueInputs {
  const bundled = bundledFontDir();
  // `used`: the installed faces characters were taken from when no role font had them.
  const fallbacks = used.filter((file) => !file.startsWith(bundled));
  const faces = [...FONT_ROLES.map((role) => fonts.roles[role]).filter((r) => r.source !== 'bundled').map((r) => r.file), ...fallbacks];
  // A template in a folder is the user's: its files and pictures are inputs like the issue's own.
  const template = document.template && !document.template.builtin ? document.template.files : [];
  const files = [document.file, ...document.configFiles, ...template, ...figures(document.blocks), ...faces];
  return { files: [...new Set(files)], template: document.meta.template };
}
