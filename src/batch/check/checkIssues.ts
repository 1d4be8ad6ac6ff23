import path from 'node:path';
import { capDiagnostics } from '../../diagnostics/capDiagnostics.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { defaultFontCacheDir } from '../../fonts/fontIndex.js';
import { resolveFonts } from '../../fonts/resolveFonts.js';
import { findConfigFiles, readIssue, readTextFile, type TextEncodingName } from '../../read/index.js';
import { missingGlyphDiagnostics, uncoveredCharacters } from '../glyphCoverage.js';
import { readIssueMeta } from '../readIssueMeta.js';
import { checkNumbering, type NumberedIssue } from './checkNumbering.js';
import { findPlaceholders } from './findPlaceholders.js';
import { lintTypography } from './lintTypography.js';
import { rewriteAsUtf8 } from './rewriteAsUtf8.js';
import { rewriteFile } from './rewriteFile.js';
import { applyEdits } from './textEdit.js';

/** Options of {@link checkIssues}. */
export interface CheckOptions {
  /** Apply the safe typographic fixes to the files, atomically (optional, default false). */
  readonly fix?: boolean;
  /** Missing glyphs are errors, not warnings (optional, default false). */
  readonly strict?: boolean;
  /** Extra font folders (--font-path), searched before the system's (optional). */
  readonly fontPaths?: readonly string[];
  /** Allow pictures outside the issue's folder, as `build --allow-outside` does (optional, default false). */
  readonly allowOutside?: boolean;
  /** Replaces the system font folders (optional; tests pass []). */
  readonly systemFontDirs?: readonly string[];
  /** `bundled`: the bundled fonts only; `installed`: installed fonts too (optional, default: as `fonts:` says). */
  readonly fonts?: 'bundled' | 'installed';
  /** Folder of the font name cache (optional, default: defaultFontCacheDir()). */
  readonly cacheDir?: string;
}

/** What `check` found. */
export interface CheckReport {
  /** The issues checked, absolute. */
  readonly files: readonly string[];
  /** Every finding, file by file in the given order, then by line and column. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * How many fixes `fix` applied, by file; `encoding` is the one a file was rewritten from as
   * UTF-8 (absent when it was UTF-8 already).
   */
  readonly fixed: ReadonlyArray<{ readonly file: string; readonly count: number; readonly encoding?: TextEncodingName }>;
}

async function readConfigText(file: string): Promise<string | undefined> {
  return (await readTextFile(file, 'config')).text; // resolveMeta reports why it has none.
}

/**
 * Checks issues without building them (`bulletin check`): each issue's front matter and body as
 * the reader sees them (heading numbers included), its typography, the glyphs of its text and of
 * its bulletin.yaml against the fonts it resolves to, placeholder text that `init` and `new` wrote
 * and nobody replaced, and the numbering of all of them together.
 *
 * @param files Absolute paths of the issues: an archive, for the numbering to mean something.
 * @param options Fixing, strictness and fonts.
 */
export async function checkIssues(files: readonly string[], options: CheckOptions = {}): Promise<CheckReport> {
  const byFile = new Map<string, Diagnostic[]>(files.map((f) => [f, []]));
  const add = (d: Diagnostic): void => {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  };
  const fixed: Array<{ file: string; count: number; encoding?: TextEncodingName }> = [];
  const configsFixed = new Set<string>();
  const numbered: NumberedIssue[] = [];
  const configsSeen = new Set<string>();

  for (const file of files) {
    const source = await readTextFile(file, 'issue');
    let text = source.text;
    if (text !== undefined && options.fix) {
      const result = applyEdits(text, lintTypography(file, text).fixes);
      // A file in GB18030 or UTF-16 is written back as UTF-8, fixes or not.
      const encoding = source.encoding === 'UTF-8' ? undefined : source.encoding;
      if (result.text !== text || encoding !== undefined) {
        await rewriteFile(file, result.text);
        fixed.push({ file, count: result.applied, ...(encoding === undefined ? {} : { encoding }) });
        text = result.text;
      }
      for (const config of await findConfigFiles(path.dirname(file))) {
        if (configsFixed.has(config)) continue;
        configsFixed.add(config);
        const was = await rewriteAsUtf8(config, 'config');
        if (was !== undefined) fixed.push({ file: config, count: 0, encoding: was });
      }
    }
    const read = await readIssue(file, options.allowOutside ? { allowOutside: true } : {});
    read.diagnostics.forEach(add);
    if (text === undefined) continue;
    lintTypography(file, text).diagnostics.forEach(add);
    findPlaceholders(file, text).forEach(add);

    const meta = await readIssueMeta(file);
    if (meta.meta && meta.frontMatter !== undefined) numbered.push({ file, meta: meta.meta, frontMatter: meta.frontMatter });
    const fonts = resolveFonts({
      ...(meta.meta?.fonts ? { configured: meta.meta.fonts } : {}),
      ...(meta.template?.template.fonts ? { preferred: meta.template.template.fonts } : {}),
      ...(options.fontPaths ? { fontPaths: options.fontPaths } : {}),
      ...(options.systemFontDirs ? { systemDirs: options.systemFontDirs } : {}),
      ...(options.fonts ? { bundledOnly: options.fonts === 'bundled' } : {}),
      ...(meta.meta?.fontsAt ? { configuredAt: meta.meta.fontsAt } : {}),
      cacheDir: options.cacheDir ?? defaultFontCacheDir(),
      baseDir: path.dirname(file),
      file,
    });
    fonts.diagnostics.forEach(add);
    missingGlyphDiagnostics(file, uncoveredCharacters(text, fonts.fonts), options.strict ?? false).forEach(add);
    // A bulletin.yaml's title, sponsors and colophon print on every issue: checked once, with the
    // fonts of the first issue that uses it.
    for (const config of await findConfigFiles(path.dirname(file))) {
      if (configsSeen.has(config)) continue;
      configsSeen.add(config);
      const configText = await readConfigText(config);
      if (configText === undefined) continue;
      missingGlyphDiagnostics(config, uncoveredCharacters(configText, fonts.fonts), options.strict ?? false).forEach(add);
      findPlaceholders(config, configText).forEach(add);
    }
  }
  checkNumbering(numbered).forEach(add);

  const diagnostics = [...byFile.values()].flatMap((list) => capDiagnostics(list.sort((a, b) => a.line - b.line || a.column - b.column)));
  return { files, diagnostics, fixed };
}
