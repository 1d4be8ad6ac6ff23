import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, sep, win32 } from 'node:path';
import { checkFontFile } from './fontFile.js';
import { readFaceNames, type FaceNames, type StyleClass } from './readFaceNames.js';

const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;
// Font folders nest (e.g. /usr/share/fonts/opentype/noto), but not deeply.
const DEPTH = 4;
const CACHE_VERSION = 1;
const CACHE_FILE = 'font-index.json';
// A cache larger than this is not ours (a few hundred bytes per face): ignore it.
const MAX_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * The folders where installed fonts live on this system, the per-user ones included, in the
 * order they are searched.
 *
 * @param env The environment (Windows keeps its folders in WINDIR and LOCALAPPDATA) (optional).
 * @param platform The operating system (optional, default this one's).
 */
export function systemFontDirs(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const home = homedir();
  if (platform === 'win32') {
    const windir = env['WINDIR'] ?? env['SystemRoot'] ?? 'C:\\Windows';
    const local = env['LOCALAPPDATA'];
    return [win32.join(windir, 'Fonts'), ...(local ? [win32.join(local, 'Microsoft', 'Windows', 'Fonts')] : [])];
  }
  if (platform === 'darwin') return ['/System/Library/Fonts', '/Library/Fonts', join(home, 'Library/Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.local/share/fonts'), join(home, '.fonts')];
}

/** Where the font name cache lives by default: with the HTML subset cache (src/cacheDir.ts). */
export { defaultCacheDir as defaultFontCacheDir } from '../cacheDir.js';

/** One face found in the font folders. */
export interface IndexedFace extends FaceNames {
  readonly file: string;
}

interface FileEntry {
  readonly path: string;
  readonly size: number;
  readonly mtime: number;
}

interface CachedFile {
  readonly size: number;
  readonly mtime: number;
  readonly faces: readonly FaceNames[];
}

interface CacheData {
  readonly version: number;
  readonly files: Record<string, CachedFile>;
}

function walk(dir: string, depth: number, into: FileEntry[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue; // a dangling link or an unreadable entry holds no font we can use
    }
    if (stats.isDirectory()) {
      if (depth > 0) walk(path, depth - 1, into);
    } else if (FONT_FILE.test(name) && stats.isFile()) {
      into.push({ path, size: stats.size, mtime: stats.mtimeMs });
    }
  }
}

const STYLES: ReadonlySet<StyleClass> = new Set(['serif', 'sans', 'kai', 'fangsong', 'other']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFace(value: unknown): value is FaceNames {
  return (
    isRecord(value) &&
    Number.isInteger(value['index']) &&
    typeof value['postscriptName'] === 'string' &&
    Array.isArray(value['names']) &&
    value['names'].every((n) => typeof n === 'string') &&
    typeof value['cjk'] === 'boolean' &&
    STYLES.has(value['style'] as StyleClass)
  );
}

function isCachedFile(value: unknown): value is CachedFile {
  return isRecord(value) && typeof value['size'] === 'number' && typeof value['mtime'] === 'number' && Array.isArray(value['faces']) && value['faces'].every(isFace);
}

/** The cached entries whose shape is right; a damaged entry is left out, so its file is read again. */
function readCache(file: string): Record<string, CachedFile> {
  try {
    if (checkFontFile(file) > MAX_CACHE_BYTES) return {};
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!isRecord(data) || data['version'] !== CACHE_VERSION || !isRecord(data['files'])) return {};
    return Object.fromEntries(Object.entries(data['files']).filter((entry): entry is [string, CachedFile] => isCachedFile(entry[1])));
  } catch {
    return {}; // no cache yet, or a damaged one: the names are read again
  }
}

function writeCache(file: string, files: Record<string, CachedFile>): void {
  // Batch workers are threads of one process: the pid alone would not tell their files apart.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, JSON.stringify({ version: CACHE_VERSION, files } satisfies CacheData));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written (read-only folder) only costs reading the names again; a
    // half-written temporary file is not left behind.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do: the folder is not ours to clean.
    }
  }
}

/**
 * The font files under some folders and, read on first use, the names of their faces. The names
 * come from each file's `name` table and are cached on disk between runs, keyed by each file's
 * path, size and modification time, so a changed, added or removed font is read again and the
 * others are not.
 */
export class FontIndex {
  private readonly entries: FileEntry[] = [];
  private readonly byName = new Map<string, string>();
  private faceList: IndexedFace[] | undefined;

  /**
   * @param dirs Folders searched in order (--font-path folders first), each four levels deep.
   * @param cacheDir Folder of the name cache (optional: without it names are read every run).
   */
  constructor(
    readonly dirs: readonly string[],
    private readonly cacheDir?: string,
  ) {
    for (const dir of dirs) walk(dir, DEPTH, this.entries);
    for (const e of this.entries) {
      const key = basename(e.path).toLowerCase();
      if (!this.byName.has(key)) this.byName.set(key, e.path);
    }
  }

  /** The path of a font file by its file name (case-insensitive); the first folder wins. */
  file(name: string): string | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** Every font file, in search order. */
  files(): readonly string[] {
    return this.entries.map((e) => e.path);
  }

  /** Every face of every font file, in search order; the files' names are read on first call. */
  faces(): readonly IndexedFace[] {
    if (this.faceList) return this.faceList;
    const cacheFile = this.cacheDir === undefined ? undefined : join(this.cacheDir, CACHE_FILE);
    const cached = cacheFile === undefined ? {} : readCache(cacheFile);
    // Entries of other folders are kept (another issue may use them); those of these folders are
    // rebuilt, so a removed font leaves the cache.
    const mine = (path: string): boolean => this.dirs.some((d) => path.startsWith(d.endsWith(sep) ? d : d + sep));
    const files: Record<string, CachedFile> = Object.fromEntries(Object.entries(cached).filter(([path]) => !mine(path)));
    const present = new Set(this.entries.map((e) => e.path));
    let changed = Object.keys(cached).some((path) => mine(path) && !present.has(path));
    const list: IndexedFace[] = [];
    for (const e of this.entries) {
      let entry = cached[e.path];
      if (!entry || entry.size !== e.size || entry.mtime !== e.mtime) {
        let faces: FaceNames[] = [];
        try {
          checkFontFile(e.path);
          faces = readFaceNames(e.path);
        } catch {
          // Not a font after all, or unreadable: listed with no faces, so it is not read again.
        }
        entry = { size: e.size, mtime: e.mtime, faces };
        changed = true;
      }
      files[e.path] = entry;
      for (const face of entry.faces) list.push({ ...face, file: e.path });
    }
    if (changed && cacheFile !== undefined) writeCache(cacheFile, files);
    this.faceList = list;
    return list;
  }
}
