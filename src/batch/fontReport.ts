import path from 'node:path';
import { defaultFontCacheDir } from '../fonts/fontIndex.js';
import type { LoadedTemplate } from '../template/loadTemplate.js';
import type { Template } from '../template/template.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FontSource } from '../fonts/loadFont.js';
import { FONT_ROLES, resolveFonts } from '../fonts/resolveFonts.js';
import type { FontConfig, IssueMeta } from '../model/document.js';
import { readTextFile, resolveMeta } from '../read/index.js';
import type { FontRole } from '../typeset/types.js';
import { uncoveredCharacters, type UncoveredCharacter } from './glyphCoverage.js';
import { readIssueMeta } from './readIssueMeta.js';

/** What one font role resolved to. */
export interface RoleFont {
  readonly role: FontRole;
  readonly family: string;
  readonly postscriptName: string;
  readonly file: string;
  /** Which link of the chain gave it (README "Fonts"). */
  readonly source: FontSource;
  readonly glyphs: number;
}

/** The outcome of {@link fontReport}. */
export interface FontReport {
  readonly roles: readonly RoleFont[];
  /** With an issue: the characters of its text that no font has. */
  readonly missing?: readonly UncoveredCharacter[];
  /** Problems with the configuration: unreadable front matter, fonts not found. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of {@link fontReport}. */
export interface FontReportOptions {
  /** An issue: its `fonts:` configuration is used and its text checked (optional). */
  readonly file?: string;
  /** Without an issue, the bulletin.yaml files that apply to this folder are used (optional, default the working folder). */
  readonly dir?: string;
  /** Extra font folders (--font-path) (optional). */
  readonly fontPaths?: readonly string[];
  /** Replaces the system font folders (optional; tests pass []). */
  readonly systemFontDirs?: readonly string[];
  /** `bundled`: the bundled fonts only; `installed`: installed fonts too (optional, default: as `fonts:` says). */
  readonly fonts?: 'bundled' | 'installed';
  /** Folder of the font name cache (optional, default: defaultFontCacheDir()). */
  readonly cacheDir?: string;
}

// Without an issue there are no numbers, but the resolver wants them before it returns anything:
// placeholders as overrides let the one resolver (STYLE.md 7) give bulletin.yaml's `fonts:`.
const PLACEHOLDERS = { title: '-', sponsors: ['-'], issue: 1, date: '2000-01-01' };

interface ConfiguredFonts {
  fonts?: FontConfig;
  at?: IssueMeta['fontsAt'];
  preferred?: NonNullable<Template['fonts']>;
  base: string;
  /** The file that names the fonts: the issue, or the nearest bulletin.yaml (the folder without one). */
  source: string;
  diagnostics: readonly Diagnostic[];
}

// The template's wanted faces (a 仿宋 body), as a build resolves them.
function preferred(template: LoadedTemplate | undefined): Pick<ConfiguredFonts, 'preferred'> {
  const fonts = template?.template.fonts;
  return fonts ? { preferred: fonts } : {};
}

async function configuredFonts(options: FontReportOptions): Promise<ConfiguredFonts> {
  const found = (meta: IssueMeta | undefined): Partial<ConfiguredFonts> => ({
    ...(meta?.fonts ? { fonts: meta.fonts } : {}),
    ...(meta?.fontsAt ? { at: meta.fontsAt } : {}),
  });
  if (options.file !== undefined) {
    const read = await readIssueMeta(options.file);
    return { ...found(read.meta), ...preferred(read.template), base: path.dirname(options.file), source: options.file, diagnostics: read.diagnostics };
  }
  const base = path.resolve(options.dir ?? '.');
  const resolved = await resolveMeta({ file: path.join(base, 'bulletin.md'), overrides: PLACEHOLDERS });
  const source = resolved.configFiles.at(-1) ?? base;
  return { ...found(resolved.meta), ...preferred(resolved.template), base, source, diagnostics: resolved.diagnostics };
}

/**
 * Each role's font as bulletin resolves it (`bulletin fonts`), for an issue or for a folder's
 * bulletin.yaml, and, for an issue, the characters no font covers.
 */
export async function fontReport(options: FontReportOptions = {}): Promise<FontReport> {
  const config = await configuredFonts(options);
  const resolved = resolveFonts({
    ...(config.fonts ? { configured: config.fonts } : {}),
    ...(config.at ? { configuredAt: config.at } : {}),
    ...(config.preferred ? { preferred: config.preferred } : {}),
    ...(options.fontPaths ? { fontPaths: options.fontPaths } : {}),
    ...(options.systemFontDirs ? { systemDirs: options.systemFontDirs } : {}),
    ...(options.fonts ? { bundledOnly: options.fonts === 'bundled' } : {}),
    cacheDir: options.cacheDir ?? defaultFontCacheDir(),
    baseDir: config.base,
    // Every warning names its file: without an issue, the bulletin.yaml whose `fonts:` is at fault.
    file: config.source,
  });
  const roles = FONT_ROLES.map((role): RoleFont => {
    const { font, source } = resolved.fonts.roles[role];
    return { role, family: font.family, postscriptName: font.postscriptName, file: font.file, source, glyphs: font.face.numGlyphs };
  });
  const diagnostics = [...config.diagnostics, ...resolved.diagnostics];
  if (options.file === undefined) return { roles, diagnostics };
  // An unreadable issue is already among the diagnostics, through its metadata.
  // Nothing is said of its characters then: "all covered" would be a claim about a file not read.
  const text = (await readTextFile(options.file, 'issue')).text;
  return text === undefined ? { roles, diagnostics } : { roles, missing: uncoveredCharacters(text, resolved.fonts), diagnostics };
}
