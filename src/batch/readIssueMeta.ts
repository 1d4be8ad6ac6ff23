import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { IssueMeta } from '../model/document.js';
import type { LoadedTemplate } from '../template/loadTemplate.js';
import { readTextFile, resolveMeta, unclosedFrontMatter, type FrontMatterBlock } from '../read/index.js';

/** An issue's metadata, read without its body. */
export interface IssueMetaResult {
  /** Absolute path of the issue. */
  readonly file: string;
  /** The metadata, when the front matter and bulletin.yaml have no errors. */
  readonly meta?: IssueMeta;
  /** The template the issue names, loaded (absent when it has errors). */
  readonly template?: LoadedTemplate;
  /** The front matter's YAML text, when there is one. */
  readonly frontMatter?: string;
  readonly diagnostics: readonly Diagnostic[];
}

// remark-frontmatter's rule: `---` on the very first line, up to the next line that is `---`.
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * Reads an issue's front matter and resolves it over its bulletin.yaml files, through the same
 * resolver as a build (so the numbers agree), without parsing the Markdown body: what `new` and
 * `check` need of every issue of an archive.
 *
 * @param file Absolute path of the issue.
 */
export async function readIssueMeta(file: string): Promise<IssueMetaResult> {
  const read = await readTextFile(file, 'issue');
  if (read.text === undefined) return { file, diagnostics: read.diagnostics };
  const text = read.text;
  const match = FRONT_MATTER.exec(text);
  const frontMatter: FrontMatterBlock | undefined = match ? { text: match[1] ?? '', start: { line: 1, column: 1 } } : undefined;
  const unclosed = frontMatter === undefined ? unclosedFrontMatter(file, text) : undefined;
  const resolved = await resolveMeta({ file, ...(frontMatter ? { frontMatter } : {}), ...(unclosed ? { frontMatterBroken: true } : {}) });
  return {
    file,
    ...(resolved.meta ? { meta: resolved.meta } : {}),
    ...(resolved.template ? { template: resolved.template } : {}),
    ...(frontMatter ? { frontMatter: frontMatter.text } : {}),
    diagnostics: [...read.diagnostics, ...(unclosed ? [unclosed] : []), ...resolved.diagnostics],
  };
}
