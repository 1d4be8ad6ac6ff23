import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;

/** The folders where installed fonts live on Linux, macOS and Windows. */
export function systemFontDirs(): string[] {
  const home = homedir();
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(home, '.fonts'),
    join(home, '.local/share/fonts'),
    '/Library/Fonts',
    '/System/Library/Fonts',
    join(home, 'Library/Fonts'),
    'C:\\Windows\\Fonts',
  ];
}

/** Font files under some folders, by lower-cased file name (the first found wins). */
export type FontIndex = ReadonlyMap<string, string>;

function walk(dir: string, depth: number, into: Map<string, string>): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (FONT_FILE.test(name)) {
      if (!into.has(name.toLowerCase())) into.set(name.toLowerCase(), path);
    } else if (depth > 0) {
      try {
        if (statSync(path).isDirectory()) walk(path, depth - 1, into);
      } catch {
        // An unreadable folder holds no fonts we can use.
      }
    }
  }
}

/** Lists the font files in `dirs` (searched in order, four levels deep). */
export function indexFonts(dirs: readonly string[]): FontIndex {
  const index = new Map<string, string>();
  for (const dir of dirs) walk(dir, 4, index);
  return index;
}
