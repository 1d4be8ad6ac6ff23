import * as fontkit from 'fontkit';
import { FontFileError, readFontFile } from './fontFile.js';

export type FontSource = 'configured' | 'system' | 'bundled';

/** A parsed font face, shared by every build of the process. */
export interface LoadedFont {
  /** Stable key used in glyph runs: the PostScript name. */
  readonly key: string;
  readonly postscriptName: string;
  readonly family: string;
  readonly file: string;
  readonly face: fontkit.Font;
  readonly unitsPerEm: number;
}

// Each font file is read and parsed once per process, however many issues are built.
const cache = new Map<string, LoadedFont>();
const collections = new Map<string, fontkit.Font | fontkit.FontCollection>();

function openFile(file: string): fontkit.Font | fontkit.FontCollection {
  let opened = collections.get(file);
  if (!opened) {
    const bytes = readFontFile(file);
    try {
      opened = fontkit.create(bytes);
    } catch {
      throw new FontFileError(file, 'not-a-font');
    }
    collections.set(file, opened);
  }
  return opened;
}

const keyFiles = new Map<string, string>();

// Glyph runs name their font by key: two files whose faces share a PostScript name (an installed
// copy of a bundled face, say) must not share a key, or one would be embedded for the other.
function uniqueKey(postscript: string, file: string): string {
  for (let n = 1; ; n++) {
    const key = n === 1 ? postscript : `${postscript}#${n}`;
    const owner = keyFiles.get(key);
    if (owner === undefined) keyFiles.set(key, file);
    if (owner === undefined || owner === file) return key;
  }
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
  if (cached) return cached;
  const opened = openFile(file);
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
    font = { key: uniqueKey(postscript, file), postscriptName: postscript, family: face.familyName || postscript, file, face, unitsPerEm: face.unitsPerEm };
  } catch {
    throw new FontFileError(file, 'not-a-font');
  }
  if (!(font.unitsPerEm > 0) || !(face.numGlyphs > 0)) throw new FontFileError(file, 'not-a-font');
  cache.set(cacheKey, font);
  return font;
}
