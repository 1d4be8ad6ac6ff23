import { existsSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FontConfig } from '../model/document.js';
import type { SourcePoint } from '../model/source.js';
import { packageRoot } from '../packageRoot.js';
import type { FontRole } from '../typeset/types.js';
import { BUNDLED_FACES, FACE_ALIASES, SYSTEM_FACES, type FaceCandidate } from './fontCandidates.js';
import { FontFileError, MAX_FONT_BYTES } from './fontFile.js';
import { FontIndex, systemFontDirs, type IndexedFace } from './fontIndex.js';
import { loadFont, type FontSource, type LoadedFont } from './loadFont.js';
import { styleClass, type StyleClass } from './readFaceNames.js';

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
  /**
   * Installed Chinese, Japanese and Korean faces for characters no role or bundled font has, those
   * of `style` first; each face is opened only when the iteration reaches it. Empty with `--fonts bundled`.
   */
  readonly installed: (style: StyleClass) => Iterable<LoadedFont>;
}

export interface ResolveFontsOptions {
  /** `fonts:` from bulletin.yaml and the front matter. */
  readonly configured?: FontConfig;
  /** Where each role's `fonts:` value was written, for diagnostics (optional). */
  readonly configuredAt?: Readonly<Partial<Record<FontRole, SourcePoint & { readonly file: string }>>>;
  /** Folders given with --font-path: searched before the system folders. */
  readonly fontPaths?: readonly string[];
  /** Folder that relative font paths in `fonts:` are taken from (the folder). */
  readonly baseDir?: string;
  /** Replaces the system font folders (tests use an empty list for a machine-independent result). */
  readonly systemDirs?: readonly string[];
  /** File named in diagnostics about configured fonts. */
  readonly file?: string;
  /**
   * Only the bundled fonts: no installed font, no --font-path, no `fonts:` names (`--fonts bundled`);
   * `false` uses installed fonts even when `fonts: bundled` says otherwise (default: `configured.bundled`).
   */
  readonly bundledOnly?: boolean;
  /** Folder of the font name cache (optional: without it, names are read from the fonts every run). */
  readonly cacheDir?: string;
  /**
   * The template's installed faces for each role, most wanted first (a 仿宋 body: `['仿宋_GB2312',
   * '仿宋']`), tried after `configured` and before the customary faces; named as in `fonts:`. One
   * that is not installed is passed over without a word: the template cannot know the machine.
   */
  readonly preferred?: Readonly<Partial<Record<FontRole, readonly string[] | undefined>>>;
}

/** The bundled fonts folder. */
export function bundledFontDir(): string {
  return join(packageRoot(), 'fonts');
}

const indexes = new Map<string, FontIndex>();

// One index per set of folders and process: a watch session or a batch walks the folders once.
function cachedIndex(dirs: readonly string[], cacheDir: string | undefined): FontIndex {
  const key = `${dirs.join('\0')}\0\0${cacheDir ?? ''}`;
  let index = indexes.get(key);
  if (!index) {
    index = new FontIndex(dirs, cacheDir);
    indexes.set(key, index);
  }
  return index;
}

type Loaded = { font: LoadedFont } | { problem: FontFileError } | undefined;

function tryLoad(path: string, postscriptName?: string): Loaded {
  try {
    return { font: loadFont(path, postscriptName) };
  } catch (error) {
    if (error instanceof FontFileError) return { problem: error };
    return { problem: new FontFileError(path, 'not-a-font') };
  }
}

function fromCandidates(candidates: readonly FaceCandidate[], index: FontIndex): LoadedFont | undefined {
  for (const c of candidates) {
    const path = index.file(c.file);
    const loaded = path ? tryLoad(path, c.postscriptName) : undefined;
    if (loaded && 'font' in loaded) return loaded.font;
  }
  return undefined;
}

// Names compare without case and spaces: users write "Fang Song", "fangsong" and "FangSong" alike.
function normalise(name: string): string {
  return name.toLowerCase().replace(/[\s_]+/g, '');
}

// Of a family's faces, the upright regular one: a family name must not pick the Bold.
function regularFirst(faces: readonly IndexedFace[]): IndexedFace[] {
  const rank = (f: IndexedFace): number => (/regular|-r$|book|normal/i.test(f.postscriptName) ? 0 : /-/.test(f.postscriptName) ? 2 : 1);
  return [...faces].sort((a, b) => rank(a) - rank(b));
}

function byFaceName(name: string, index: FontIndex): Loaded {
  const wanted = normalise(name);
  const faces = index.faces().filter((f) => f.names.some((n) => normalise(n) === wanted));
  for (const face of regularFirst(faces)) {
    const loaded = tryLoad(face.file, face.postscriptName);
    if (loaded && 'font' in loaded) return loaded;
  }
  return undefined;
}

function byName(name: string, index: FontIndex | undefined, baseDir: string): Loaded {
  const isFile = /\.(ttf|otf|ttc|otc)$/i.test(name);
  if (/[\\/]/.test(name) || isFile) {
    const path = isAbsolute(name) ? name : resolve(baseDir, name);
    if (existsSync(path) || !index) return tryLoad(path);
    // A bare file name is looked for in the font folders too (--font-path first).
    const found = /[\\/]/.test(name) ? undefined : index.file(basename(name));
    return found ? tryLoad(found) : undefined;
  }
  if (!index) return undefined;
  const named = byFaceName(name, index);
  if (named) return named;
  const alias = FACE_ALIASES[name];
  const aliased = alias ? fromCandidates(alias, index) : undefined;
  if (aliased) return { font: aliased };
  const wanted = normalise(name);
  for (const path of index.files()) {
    if (normalise(basename(path).replace(/\.(ttf|otf|ttc|otc)$/i, '')) === wanted) return tryLoad(path);
  }
  return undefined;
}

function fromPreferred(names: readonly string[], index: FontIndex, baseDir: string): LoadedFont | undefined {
  for (const name of names) {
    const loaded = byName(name, index, baseDir);
    if (loaded && 'font' in loaded) return loaded.font;
  }
  return undefined;
}

function problemDiagnostic(at: SourcePoint & { file: string }, role: FontRole, wanted: string, problem: FontFileError | undefined): Diagnostic {
  const place = { ...at, severity: 'warning' as const, rule: problem ? 'fonts/unusable-file' : 'fonts/not-found' };
  if (!problem || problem.problem === 'missing') return diagnostic({ ...place, rule: 'fonts/not-found' }, m('fonts.not-found', { font: wanted, role }), m('fonts.not-found-hint'));
  const file = problem.path;
  switch (problem.problem) {
    case 'not-a-file':
      return diagnostic(place, m('fonts.not-a-file', { file, role }), m('fonts.file-hint'));
    case 'too-large':
      return diagnostic(place, m('fonts.too-large', { file, role, limit: MAX_FONT_BYTES / 1024 / 1024 }), m('fonts.file-hint'));
    case 'unreadable':
      return diagnostic(place, m('fonts.unreadable', { file, role }), m('fonts.file-hint'));
    default:
      return diagnostic(place, m('fonts.not-a-font', { file, role }), m('fonts.file-hint'));
  }
}

const noInstalledFaces = (): Iterable<LoadedFont> => [];
const installedByIndex = new WeakMap<FontIndex, (style: StyleClass) => Iterable<LoadedFont>>();

/**
 * Installed CJK faces, same style class first, each opened once per process when first reached.
 * One function per index, so the shaper can keep what it found in them across builds (fontShaper.ts).
 */
function installedFaces(index: FontIndex | undefined): (style: StyleClass) => Iterable<LoadedFont> {
  if (!index) return noInstalledFaces;
  const known = installedByIndex.get(index);
  if (known) return known;
  const opened = new Map<IndexedFace, LoadedFont | null>();
  const ordered = new Map<StyleClass, readonly IndexedFace[]>();
  const installed = function* (style: StyleClass): Iterable<LoadedFont> {
    let faces = ordered.get(style);
    if (!faces) {
      const cjk = index.faces().filter((f) => f.cjk);
      faces = [...cjk.filter((f) => f.style === style), ...cjk.filter((f) => f.style !== style)];
      ordered.set(style, faces);
    }
    for (const face of faces) {
      let font = opened.get(face);
      if (font === undefined) {
        const loaded = tryLoad(face.file, face.postscriptName);
        font = loaded && 'font' in loaded ? loaded.font : null;
        opened.set(face, font);
      }
      if (font) yield font;
    }
  };
  installedByIndex.set(index, installed);
  return installed;
}

const ROLE_STYLE: Readonly<Record<FontRole, StyleClass>> = { title: 'serif', body: 'serif', hei: 'sans', kai: 'kai', mono: 'sans' };

/** The style class of a role's font: from its names (a body set in 仿宋 is FangSong), else the role's. */
export function roleStyle(role: FontRole, font: LoadedFont): StyleClass {
  const style = styleClass([font.family, font.postscriptName]);
  return style === 'other' ? ROLE_STYLE[role] : style;
}

/**
 * Resolves each font role through its chain (docs/layout.md D.1): the configured font, then an
 * installed face the template prefers, then one of the customary kind, then the bundled open font. With `bundledOnly`, only the
 * last link: the same fonts on every machine.
 */
export function resolveFonts(options: ResolveFontsOptions = {}): { fonts: FontSet; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const bundledOnly = options.bundledOnly ?? options.configured?.bundled ?? false;
  const index = bundledOnly ? undefined : cachedIndex([...(options.fontPaths ?? []), ...(options.systemDirs ?? systemFontDirs())], options.cacheDir);
  const bundledDir = bundledFontDir();
  // Bundled faces are opened on first use: a bulletin without code never reads the mono face.
  const bundled = {} as Record<FontRole, LoadedFont>;
  for (const role of FONT_ROLES) {
    Object.defineProperty(bundled, role, { enumerable: true, get: () => loadFont(join(bundledDir, BUNDLED_FACES[role])) });
  }
  const roles = {} as Record<FontRole, ResolvedFont>;
  for (const role of FONT_ROLES) {
    const wanted = bundledOnly ? undefined : options.configured?.[role];
    if (wanted) {
      const loaded = byName(wanted, index, options.baseDir ?? process.cwd());
      if (loaded && 'font' in loaded) {
        roles[role] = { role, font: loaded.font, source: 'configured', file: loaded.font.file };
        continue;
      }
      const at = options.configuredAt?.[role] ?? { file: options.file ?? '', line: 0, column: 0 };
      diagnostics.push(problemDiagnostic(at, role, wanted, loaded?.problem));
    }
    const system = index ? (fromPreferred(options.preferred?.[role] ?? [], index, options.baseDir ?? process.cwd()) ?? fromCandidates(SYSTEM_FACES[role], index)) : undefined;
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
  return { fonts: { roles, bundled, installed: installedFaces(index) }, diagnostics };
}
