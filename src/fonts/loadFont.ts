import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type * as fontkit from 'fontkit';
import { packageRoot } from '../packageRoot.js';
import { FaceTable } from './faceTable.js';
import { checkFontFile, FontFileError, readFontFile } from './fontFile.js';
import { fontkit as loadFontkit } from './fontkit.js';
import { keepRecent } from './keepRecent.js';
import { readFontTable, type FontTable, type LayoutTable } from './fontTable.js';

export type FontSource = 'configured' | 'system' | 'bundled';

/** A parsed font face, shared by every build of the process. */
export interface LoadedFont {
  /**
   * Stable key used in glyph runs (and in the PDF subset tag): the PostScript name for a bundled
   * face, else the PostScript name, `#` and a short hash of the file's bytes.
   */
  readonly key: string;
  readonly postscriptName: string;
  readonly family: string;
  readonly file: string;
  /**
   * The face parsed by fontkit. A bundled face is parsed only when this is first read (loading
   * fontkit and the file: 100 ms or more): layout reads {@link table} instead.
   */
  readonly face: fontkit.Font;
  readonly unitsPerEm: number;
  /** cmap, advances, metrics and, for a bundled face, the shaping of its Latin (fontTable.ts). */
  readonly table: LayoutTable;
}

// Each font file is read and parsed once per process, however many issues are built; the faces
// least recently asked for go past KEPT_FACES (see `keep`).
const cache = new Map<string, LoadedFont>();

/**
 * How many faces are kept parsed: every role's and fallback of several sets of fonts. A `watch`
 * whose `fonts:` is changed again and again would otherwise keep every face it was ever given
 * (a Chinese face holds 10–20 MB).
 */
export const KEPT_FACES = 24;

/** Caches a face as the most recently used, and lets go of the least recently used past KEPT_FACES. */
function keep(cacheKey: string, font: LoadedFont): void {
  for (const oldest of keepRecent(cache, cacheKey, font, KEPT_FACES)) {
    // The parsed file goes with its last face kept (a collection holds several).
    if (![...cache.values()].some((f) => f.file === oldest.file)) collections.delete(oldest.file);
  }
}
interface OpenedFile {
  readonly font: fontkit.Font | fontkit.FontCollection;
  /** The start of the SHA-256 of the file's bytes, or undefined for a bundled file. */
  readonly hash: string | undefined;
}

const collections = new Map<string, OpenedFile>();

function openFile(file: string): OpenedFile {
  let opened = collections.get(file);
  if (!opened) {
    const bytes = readFontFile(file);
    let font;
    try {
      font = loadFontkit().create(bytes);
    } catch {
      throw new FontFileError(file, 'not-a-font');
    }
    const bundled = dirname(resolve(file)) === join(packageRoot(), 'fonts');
    opened = { font, hash: bundled ? undefined : createHash('sha256').update(bytes).digest('hex').slice(0, 12) };
    collections.set(file, opened);
  }
  return opened;
}

// Glyph runs name their font by key: two files whose faces share a PostScript name (an installed
// copy of a bundled face, say) must not share a key, or one would be embedded for the other. The
// key depends on the file's bytes only, not on its path or on which fonts the process loaded
// before, so an issue gives the same PDF however and wherever it is built. Bundled faces keep the
// bare name (their files are bulletin's own, and their output stays as it was).
function fontKey(postscript: string, hash: string | undefined): string {
  return hash === undefined ? postscript : `${postscript}#${hash}`;
}

function isCollection(f: fontkit.Font | fontkit.FontCollection): f is fontkit.FontCollection {
  return (f as fontkit.FontCollection).type === 'TTC' || (f as fontkit.FontCollection).type === 'DFont';
}

/**
 * Opens a face: a .ttf/.otf file, or one face of a .ttc/.otc collection chosen by PostScript name
 * (docs/layout.md D.1: a wrong face of a collection is accepted silently and draws Japanese forms, so a
 * collection without `postscriptName` takes its Simplified Chinese face or fails).
 *
 * @throws FontFileError when the file is not a regular file of bounded size (fontFile.ts), not a
 * font, or a collection without the face asked for.
 */
export function loadFont(file: string, postscriptName?: string): LoadedFont {
  const cacheKey = `${file}#${postscriptName ?? ''}`;
  const cached = cache.get(cacheKey);
  if (cached) {
    keep(cacheKey, cached);
    return cached;
  }
  const bundled = postscriptName === undefined ? bundledFont(file) : undefined;
  if (bundled) {
    keep(cacheKey, bundled);
    return bundled;
  }
  const { font: opened, hash } = openFile(file);
  let face: fontkit.Font | null;
  if (isCollection(opened)) {
    const name = postscriptName ?? opened.fonts.map((f) => f.postscriptName).find((n) => /sc|gb|chs|simp/i.test(n ?? ''));
    face = name ? opened.getFont(name) : null;
    if (!face) throw new FontFileError(file, 'not-a-font');
  } else {
    face = opened;
  }
  let font: LoadedFont;
  try {
    const postscript = face.postscriptName || 'Font';
    font = { key: fontKey(postscript, hash), postscriptName: postscript, family: face.familyName || postscript, file, face, unitsPerEm: face.unitsPerEm, table: new FaceTable(face) };
  } catch {
    throw new FontFileError(file, 'not-a-font');
  }
  if (!(font.unitsPerEm > 0) || !(face.numGlyphs > 0)) throw new FontFileError(file, 'not-a-font');
  keep(cacheKey, font);
  return font;
}

/**
 * A bundled face from the table the build made of it (dist/fonts/<file>.table), its file not
 * read; undefined when `file` is not a bundled font or has no table (sources not built), so
 * that fontkit parses it instead.
 */
function bundledFont(file: string): LoadedFont | undefined {
  const root = packageRoot();
  if (dirname(resolve(file)) !== join(root, 'fonts')) return undefined;
  const tableFile = join(root, 'dist', 'fonts', `${basename(file)}.table`);
  if (!existsSync(tableFile)) return undefined;
  let table: FontTable;
  try {
    table = readFontTable(readFileSync(tableFile));
  } catch {
    return undefined;
  }
  checkFontFile(file);
  const postscript = table.header.postscriptName;
  let face: fontkit.Font | undefined;
  return {
    key: fontKey(postscript, undefined),
    postscriptName: postscript,
    family: table.header.familyName,
    file,
    unitsPerEm: table.unitsPerEm,
    table,
    get face(): fontkit.Font {
      face ??= openFile(file).font as fontkit.Font;
      return face;
    },
  };
}
