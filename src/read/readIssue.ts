import path from 'node:path';
import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { BulletinDocument } from '../model/document.js';
import { checkNesting } from './checkNesting.js';
import { collectDefinitions } from './collectDefinitions.js';
import { convertBody } from './convertBody.js';
import type { MetaOverrides } from './metaSchema.js';
import { numberHeadings } from './numberHeadings.js';
import { parseMarkdown } from './parseMarkdown.js';
import { probeFigures } from './probeFigures.js';
import { readTextFile } from './readTextFile.js';
import { resolveMeta, type FrontMatterBlock } from './resolveMeta.js';
import { scanNesting } from './scanNesting.js';
import { scanMarks } from './scanMarks.js';
import { scanSize } from './scanSize.js';
import { unclosedFrontMatter } from './unclosedFrontMatter.js';

/** Options of {@link readIssue}. */
export interface ReadOptions {
  /** Metadata that wins over bulletin.yaml and the front matter, e.g. from CLI flags (optional). */
  readonly overrides?: MetaOverrides;
  /**
   * Accept figure images outside the issue's folder tree (the folder of the issue file and its
   * subfolders), as `--allow-outside` does (optional, default `false`: such an image is an error).
   */
  readonly allowOutside?: boolean;
}

/** The outcome of {@link readIssue}. */
export interface ReadResult {
  /** The document, or `undefined` when any diagnostic is an error. */
  readonly document?: BulletinDocument;
  /** Every problem found, metadata first, then the body in source order. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Read an issue file (Markdown with YAML front matter) into the document model. Problems,
 * including a missing file, come back as diagnostics; this never throws for a bad document.
 *
 * Figure images are checked here (they must exist, be JPEG or PNG, and lie in the issue's folder
 * tree) and their pixel size read from their headers, so later stages can trust every figure.
 *
 * @param file Path of the issue, absolute or relative to the working folder.
 * @param options Overrides for the metadata, and whether images may lie outside (optional).
 * @returns The document (when there are no errors) and the diagnostics.
 */
export async function readIssue(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const absolute = path.resolve(file);
  const read = await readTextFile(absolute, 'issue');
  if (read.text === undefined) return { diagnostics: read.diagnostics };
  const source = read.text;

  // Too deep a nesting is refused before the parser (whose cost grows with it) and again after
  // it, exactly, before any recursive step walks the tree.
  const tooDeep = scanNesting(source, absolute);
  if (tooDeep !== undefined) return { diagnostics: [...read.diagnostics, tooDeep] };
  const tooLong = scanSize(source, absolute);
  if (tooLong !== undefined) return { diagnostics: [...read.diagnostics, tooLong] };
  const tooMany = scanMarks(source, absolute);
  if (tooMany !== undefined) return { diagnostics: [...read.diagnostics, tooMany] };
  const tree = parseMarkdown(source);
  const tooDeepTree = checkNesting(tree, absolute);
  if (tooDeepTree !== undefined) return { diagnostics: [...read.diagnostics, tooDeepTree] };
  const first = tree.children[0];
  const frontMatter: FrontMatterBlock | undefined =
    first?.type === 'yaml' && first.position !== undefined
      ? { text: first.value, start: { line: first.position.start.line, column: first.position.start.column } }
      : undefined;
  const unclosed = frontMatter === undefined ? unclosedFrontMatter(absolute, source) : undefined;
  const definitions = collectDefinitions(tree);
  // Metadata and image files are independent reads: do them together.
  const [resolved, figures] = await Promise.all([
    resolveMeta({
      file: absolute,
      ...(frontMatter === undefined ? {} : { frontMatter }),
      ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
      ...(unclosed === undefined ? {} : { frontMatterBroken: true }),
    }),
    probeFigures(tree, definitions, { folder: path.dirname(absolute), allowOutside: options.allowOutside ?? false }),
  ]);
  const labels = resolved.template?.template.editorsNote.labels;
  const converted = convertBody(tree, { file: absolute, source, definitions, figures, ...(labels ? { editorsNoteLabels: labels } : {}) });
  const headings = resolved.template?.template.headings;
  const formats = headings ? Object.fromEntries((['2', '3', '4'] as const).flatMap((l) => (headings[l].number === undefined ? [] : [[l, headings[l].number]]))) : {};
  const numbered = numberHeadings(converted.blocks, resolved.meta?.numbering ?? true, formats);
  const body = [...converted.diagnostics, ...numbered.diagnostics];
  body.sort((a, b) => a.line - b.line || a.column - b.column);

  const diagnostics = [...read.diagnostics, ...(unclosed ? [unclosed] : []), ...resolved.diagnostics, ...body];
  if (resolved.meta === undefined || diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  const document: BulletinDocument = {
    file: absolute,
    configFiles: resolved.configFiles,
    meta: resolved.meta,
    blocks: numbered.blocks,
    footnotes: converted.footnotes,
    ...(resolved.places ? { metaPlaces: resolved.places } : {}),
    ...(resolved.template ? { template: resolved.template } : {}),
  };
  return { document, diagnostics };
}
