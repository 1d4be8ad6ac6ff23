import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FontConfig } from '../model/document.js';
import { packageRoot } from '../packageRoot.js';
import type { FontRole } from '../typeset/types.js';
import { BUNDLED_FACES, FACE_ALIASES, SYSTEM_FACES, type FaceCandidate } from './fontCandidates.js';
import { indexFonts, systemFontDirs, type FontIndex } from './fontIndex.js';
import { loadFont, type FontSource, type LoadedFont } from './loadFont.js';

export const FONT_ROLES: readonly FontRole[] = ['title', 'body', 'hei', 'kai', 'mono'];

/** What one role resolved to, and which link of the chain gave it. */
export interface ResolvedFont {
  readonly role: FontRole;
  /** The face; a bundled one is opened on first use. */
  readonly font: LoadedFont;
  readonly source: FontSource;
  /** The font file, known without opening it. */
  readonly file: string;
}

export interface FontSet {
  readonly roles: Readonly<Record<FontRole, ResolvedFont>>;
  /** The bundled faces, always available for per-character fallback. */
  readonly bundled: Readonly<Record<FontRole, LoadedFont>>;
}

export interface ResolveFontsOptions {
  /** `fonts:` from bulletin.yaml and the front matter. */
  readonly configured?: FontConfig;
  /** Folders given with --font-path: searched before the system folders. */
  readonly fontPaths?: readonly string[];
  /** Folder that relative font paths in `fonts:` are taken from (the folder). */
  readonly baseDir?: string;
  /** Replaces the system font folders (tests use an empty list for a machine-independent result). */
  readonly systemDirs?: readonly string[];
  /** File named in diagnostics about configured fonts. */
  readonly file?: string;
}

/** The bundled fonts folder. */
export function bundledFontDir(): string {
  return join(packageRoot(), 'fonts');
}

const indexes = new Map<string, FontIndex>();

function cachedIndex(dirs: readonly string[]): FontIndex {
  const key = dirs.join('\0');
  let index = indexes.get(key);
  if (!index) {
    index = indexFonts(dirs);
    indexes.set(key, index);
  }
  return index;
}

function tryLoad(path: string, postscriptName?: string): LoadedFont | undefined {
  try {
    return loadFont(path, postscriptName);
  } catch {
    return undefined;
  }
}

function fromCandidates(candidates: readonly FaceCandidate[], index: FontIndex): LoadedFont | undefined {
  for (const c of candidates) {
    const path = index.get(c.file.toLowerCase());
    const font = path ? tryLoad(path, c.postscriptName) : undefined;
    if (font) return font;
  }
  return undefined;
}

function byName(name: string, index: FontIndex, baseDir: string): LoadedFont | undefined {
  if (/[\\/]|\.(ttf|otf|ttc|otc)$/i.test(name)) {
    const path = isAbsolute(name) ? name : resolve(baseDir, name);
    return existsSync(path) ? tryLoad(path) : undefined;
  }
  const alias = FACE_ALIASES[name];
  if (alias) return fromCandidates(alias, index);
  const wanted = name.toLowerCase().replace(/\s+/g, '');
  for (const [file, path] of index) {
    if (file.replace(/\.(ttf|otf|ttc|otc)$/, '').replace(/\s+/g, '') === wanted) return tryLoad(path);
  }
  return undefined;
}

/**
 * Resolves each font role through its chain (LAYOUT.md D.1): the configured font, then an
 * installed face of the customary kind, then the bundled open font.
 */
export function resolveFonts(options: ResolveFontsOptions = {}): { fonts: FontSet; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const dirs = [...(options.fontPaths ?? []), ...(options.systemDirs ?? systemFontDirs())];
  const index = cachedIndex(dirs);
  const bundledDir = bundledFontDir();
  // Bundled faces are opened on first use: a bulletin without code never reads the mono face.
  const bundled = {} as Record<FontRole, LoadedFont>;
  for (const role of FONT_ROLES) {
    Object.defineProperty(bundled, role, { enumerable: true, get: () => loadFont(join(bundledDir, BUNDLED_FACES[role])) });
  }
  const roles = {} as Record<FontRole, ResolvedFont>;
  for (const role of FONT_ROLES) {
    const wanted = options.configured?.[role];
    if (wanted) {
      const font = byName(wanted, index, options.baseDir ?? process.cwd());
      if (font) {
        roles[role] = { role, font, source: 'configured', file: font.file };
        continue;
      }
      diagnostics.push({
        file: options.file ?? '',
        line: 0,
        column: 0,
        severity: 'warning',
        rule: 'fonts/not-found',
        message: `font "${wanted}" for the ${role} role is not installed; using the next font of the chain`,
        hint: 'install the font, give its folder with --font-path, or name a font file in `fonts:`',
      });
    }
    const system = fromCandidates(SYSTEM_FACES[role], index);
    roles[role] = system
      ? { role, font: system, source: 'system', file: system.file }
      : {
          role,
          source: 'bundled',
          file: join(bundledDir, BUNDLED_FACES[role]),
          get font(): LoadedFont {
            return bundled[role];
          },
        };
  }
  return { fonts: { roles, bundled }, diagnostics };
}
