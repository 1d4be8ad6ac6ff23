import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../build/writeAtomic.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The manifest's file name, in each output folder. */
export const MANIFEST_NAME = '.bulletin-manifest.json';

/** What an output folder remembers of one issue's last successful build. */
export interface ManifestEntry {
  /** Hash of bulletin's version, the template and the build options that shape the output. */
  readonly settings: string;
  /** The template the issue used. */
  readonly template: string;
  /** Each input file, relative to the manifest's folder with `/` separators, → its SHA-256. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Each output file name → the SHA-256 of what was written. */
  readonly outputs: Readonly<Record<string, string>>;
  /** The build's warnings, shown again when the issue is skipped. */
  readonly warnings: readonly Diagnostic[];
}

interface ManifestFile {
  readonly manifest: 1;
  /** By the issue's path relative to the manifest's folder. */
  readonly issues: Readonly<Record<string, ManifestEntry>>;
}

/** Key of an issue in the manifest of `folder`: its path from there, `/`-separated, the same on every machine. */
export function manifestKey(folder: string, file: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}

async function readManifest(folder: string): Promise<Record<string, ManifestEntry>> {
  try {
    const parsed = JSON.parse(await readFile(path.join(folder, MANIFEST_NAME), 'utf8')) as Partial<ManifestFile>;
    return parsed.manifest === 1 && typeof parsed.issues === 'object' && parsed.issues !== null ? { ...parsed.issues } : {};
  } catch {
    // Missing or damaged: every issue is rebuilt, which is always safe.
    return {};
  }
}

// How long new entries may wait before they are written: a batch of thousands of issues should
// not rewrite a growing manifest thousands of times, and a killed batch loses at most this much.
const WRITE_DELAY_MS = 1000;

interface Folder {
  readonly entries: Record<string, ManifestEntry>;
  readonly changed: Set<string>;
  timer?: NodeJS.Timeout;
  writing: Promise<void>;
  /** Why the last write failed; {@link ManifestStore.flush} throws it. */
  failure?: unknown;
}

/**
 * The manifests of a batch's output folders (one `.bulletin-manifest.json` beside the outputs).
 * A manifest rather than a stamp inside each PDF: the check needs no PDF parser, covers HTML
 * outputs alike, and keeps the hash (which names inputs by path) out of the reproducible bytes.
 * Entries are recorded only after their outputs are renamed into place, and the file itself is
 * written atomically, so a killed batch can only forget a build, never vouch for a partial one.
 */
export class ManifestStore {
  private readonly folders = new Map<string, Promise<Folder>>();

  private folder(folder: string): Promise<Folder> {
    let loaded = this.folders.get(folder);
    if (!loaded) {
      loaded = readManifest(folder).then((entries) => ({ entries, changed: new Set<string>(), writing: Promise.resolve() }));
      this.folders.set(folder, loaded);
    }
    return loaded;
  }

  /** The entry of `key` in the manifest of `folder`, if any. */
  async get(folder: string, key: string): Promise<ManifestEntry | undefined> {
    return (await this.folder(folder)).entries[key];
  }

  /** Records an entry; it reaches the disk within a second, or at {@link flush}. */
  async set(folder: string, key: string, entry: ManifestEntry): Promise<void> {
    const f = await this.folder(folder);
    f.entries[key] = entry;
    f.changed.add(key);
    f.timer ??= setTimeout(() => void this.write(folder, f), WRITE_DELAY_MS).unref();
  }

  /** Writes every recorded entry now. */
  async flush(): Promise<void> {
    for (const [folder, loaded] of this.folders) {
      const f = await loaded;
      await this.write(folder, f);
      if (f.failure !== undefined) throw f.failure;
    }
  }

  private write(folder: string, f: Folder): Promise<void> {
    clearTimeout(f.timer);
    delete f.timer;
    f.writing = f.writing.then(async () => {
      if (f.changed.size === 0) return;
      const keys = [...f.changed];
      f.changed.clear();
      // Merge with the file as it is now: another process (a second shard) may share the folder.
      const onDisk = await readManifest(folder);
      for (const key of keys) {
        const entry = f.entries[key];
        if (entry) onDisk[key] = entry;
      }
      const sorted = Object.fromEntries(Object.entries(onDisk).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      const file: ManifestFile = { manifest: 1, issues: sorted };
      await writeAtomic(path.join(folder, MANIFEST_NAME), JSON.stringify(file, null, 1) + '\n');
    }).catch((error: unknown) => {
      // Kept for flush: a write started by the timer has no caller to throw to.
      f.failure = error;
    });
    return f.writing;
  }
}
