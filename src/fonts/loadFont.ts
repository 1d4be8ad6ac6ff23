import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

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
    opened = fontkit.create(readFileSync(file));
    collections.set(file, opened);
  }
  return opened;
}

function isCollection(f: fontkit.Font | fontkit.FontCollection): f is fontkit.FontCollection {
  return (f as fontkit.FontCollection).type === 'TTC' || (f as fontkit.FontCollection).type === 'DFont';
}

/**
 * Opens a face: a .ttf/.otf file, or one face of a .ttc/.otc collection chosen by PostScript name
 * (LAYOUT.md D.1: a wrong face of a collection is accepted silently and draws Japanese forms, so a
 * collection without `postscriptName` takes its Simplified Chinese face or fails).
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
    if (!face) throw new Error(`${file} has no face named ${name ?? '(Simplified Chinese)'}; faces: ${opened.fonts.map((f) => f.postscriptName).join(', ')}`);
  } else {
    face = opened;
  }
  const font: LoadedFont = {
    key: face.postscriptName,
    postscriptName: face.postscriptName,
    family: face.familyName,
    file,
    face,
    unitsPerEm: face.unitsPerEm,
  };
  cache.set(cacheKey, font);
  return font;
}
