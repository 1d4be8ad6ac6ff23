import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../build/writeAtomic.js';
import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { IssueSummary } from '../build/issueSummary.js';
import { parseManifestEntry } from './parseManifestEntry.js';

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
  /** The issue's numbers, date, title and headings, reported again when it is skipped. */
  readonly summary?: IssueSummary;
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

/** A manifest as read from disk, and what was wrong with it. */
interface ReadManifest {
  readonly entries: Record<string, ManifestEntry>;
  /** A warning when the file or some of its entries were damaged (and so ignored). */
  readonly damage?: Diagnostic;
}

/** Where a JSON syntax error is: V8 names the line and column (Node 20 and later). */
function jsonPlace(error: unknown): { line: number; column: number } {
  const match = error instanceof Error ? /line (\d+) column (\d+)/.exec(error.message) : null;
  return match ? { line: Number(match[1]), column: Number(match[2]) } : { line: 0, column: 0 };
}

async function readManifest(folder: string): Promise<ReadManifest> {
  const file = path.join(folder, MANIFEST_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // Missing (or unreadable): every issue is rebuilt, which is always safe.
    return { entries: {} };
  }
  const place = { file, severity: 'warning', rule: 'manifest/damaged' } as const;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { entries: {}, damage: diagnostic({ ...place, ...jsonPlace(error) }, m('faults.manifest-damaged')) };
  }
  const issues = typeof parsed === 'object' && parsed !== null ? (parsed as Partial<ManifestFile>).issues : undefined;
  if ((parsed as Partial<ManifestFile> | null)?.manifest !== 1 || typeof issues !== 'object' || issues === null || Array.isArray(issues)) {
    return { entries: {}, damage: diagnostic({ ...place, line: 0, column: 0 }, m('faults.manifest-damaged')) };
  }
  const entries: Record<string, ManifestEntry> = {};
  let bad = 0;
  for (const [key, value] of Object.entries(issues as Record<string, unknown>)) {
    const entry = parseManifestEntry(value);
    if (entry) entries[key] = entry;
    else bad++;
  }
  return bad === 0 ? { entries } : { entries, damage: diagnostic({ ...place, line: 0, column: 0 }, m('faults.manifest-entries', { count: bad })) };
}

// How long new entries may wait before they are written: a batch of thousands of issues should
// not rewrite a growing manifest thousands of times, and a killed batch loses at most this much.
const WRITE_DELAY_MS = 1000;

interface Folder {
  readonly entries: Record<string, ManifestEntry>;
  readonly changed: Set<string>;
  /** The file was damaged: written again at {@link ManifestStore.flush} even with no new entry. */
  rewrite: boolean;
  timer?: NodeJS.Timeout;
  writing: Promise<void>;
  /** Why the last write failed; reported by {@link ManifestStore.diagnostics}. */
  failure?: unknown;
}

/**
 * The manifests of a batch's output folders (one `.bulletin-manifest.json` beside the outputs).
 * A manifest rather than a stamp inside each PDF: the check needs no PDF parser, covers HTML
 * outputs alike, and keeps the hash (which names inputs by path) out of the reproducible bytes.
 * Entries are recorded only after their outputs are renamed into place, and the file itself is
 * written atomically, so a killed batch can only forget a build, never vouch for a partial one.
 * A damaged manifest is a warning, not a failure: what it held is ignored, and it is rewritten.
 */
export class ManifestStore {
  private readonly folders = new Map<string, Promise<Folder>>();
  private readonly warnings: Diagnostic[] = [];

  private folder(folder: string): Promise<Folder> {
    let loaded = this.folders.get(folder);
    if (!loaded) {
      loaded = readManifest(folder).then(({ entries, damage }) => {
        if (damage) this.warnings.push(damage);
        return { entries, changed: new Set<string>(), rewrite: damage !== undefined, writing: Promise.resolve() };
      });
      this.folders.set(folder, loaded);
    }
    return loaded;
  }

  /** Warnings about the manifests themselves: damaged ones, and those that could not be written after {@link flush}. */
  diagnostics(): readonly Diagnostic[] {
    return this.warnings;
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

  /**
   * Writes every recorded entry now. A manifest that cannot be written (a full disk, a read-only
   * folder) is a warning: the outputs stand, and the next batch only builds its issues again.
   */
  async flush(): Promise<void> {
    for (const [folder, loaded] of this.folders) {
      const f = await loaded;
      await this.write(folder, f);
      if (f.failure === undefined) continue;
      const code = (f.failure as NodeJS.ErrnoException).code;
      const reason = typeof code === 'string' ? code : f.failure instanceof Error ? f.failure.message : String(f.failure);
      const file = path.join(folder, MANIFEST_NAME);
      this.warnings.push(diagnostic({ file, line: 0, column: 0, severity: 'warning', rule: 'manifest/unwritten' }, m('faults.manifest-unwritten', { reason })));
      delete f.failure;
    }
  }

  private write(folder: string, f: Folder): Promise<void> {
    clearTimeout(f.timer);
    delete f.timer;
    f.writing = f.writing.then(async () => {
      if (f.changed.size === 0 && !f.rewrite) return;
      const keys = [...f.changed];
      f.changed.clear();
      f.rewrite = false;
      // Merge with the file as it is now: another process (a second shard) may share the folder.
      const onDisk = (await readManifest(folder)).entries;
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
