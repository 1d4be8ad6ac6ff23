import path from 'node:path';
import { collectIssues } from './collectIssues.js';
import { buildQueue, watchIssue, type IssueWatcher, type WatchOptions } from './watchIssue.js';

/** A running watch of a folder's issues. */
export interface FolderWatcher extends IssueWatcher {
  /** The issues watched now, absolute, in no particular order. */
  issues(): string[];
}

/** Options of {@link watchFolder}: those of {@link watchIssue}, and news of the folder's issues. */
export interface WatchFolderOptions extends WatchOptions {
  /** Called when an issue appears in the folder, before its first build (optional). */
  readonly onAdded?: (file: string) => void;
}

// The issues of a folder as `build` takes them (collectIssues): *.md directly in it, not README.md,
// not hidden files (editors' and bulletin's own temporary files).
function isIssueName(file: string): boolean {
  const name = path.basename(file);
  return name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md' && !name.startsWith('.');
}

/**
 * Watches the issues of a folder (`bulletin watch <folder>`): each is built, then again whenever
 * it or what it uses is saved, as {@link watchIssue} does for one; an issue that appears in the
 * folder later is watched from then on, one that goes away no longer. The builds run one at a
 * time in this process, so they share the parsed fonts.
 *
 * @param dir The folder.
 * @param options Build options and the callbacks.
 */
export async function watchFolder(dir: string, options: WatchFolderOptions): Promise<FolderWatcher> {
  const { onAdded, ...watchOptions } = options;
  const folder = path.resolve(dir);
  const shared = { ...watchOptions, queue: options.queue ?? buildQueue() };
  const watchers = new Map<string, Promise<IssueWatcher>>();
  let closed = false;
  const start = (file: string): void => {
    if (closed || watchers.has(file)) return;
    watchers.set(file, watchIssue(file, shared));
  };

  const { watch } = await import('chokidar');
  // Only the folder's own entries: its issues' pictures and bulletin.yaml are each issue's watch.
  const entries = watch(folder, { ignoreInitial: true, depth: 0 });
  entries.on('add', (file) => {
    const absolute = path.resolve(file);
    if (path.dirname(absolute) !== folder || !isIssueName(absolute) || watchers.has(absolute)) return;
    onAdded?.(absolute);
    start(absolute);
  });
  entries.on('unlink', (file) => {
    const absolute = path.resolve(file);
    const watcher = watchers.get(absolute);
    if (!watcher) return;
    watchers.delete(absolute);
    void watcher.then((w) => w.close());
  });
  const listening = new Promise<void>((resolve) => entries.once('ready', () => resolve()));

  for (const file of (await collectIssues([folder])).files) start(file);
  const ready = (async (): Promise<void> => {
    await listening;
    await Promise.all([...watchers.values()].map(async (w) => (await w).ready));
  })();
  return {
    ready,
    issues: () => [...watchers.keys()],
    async close() {
      closed = true;
      await entries.close();
      await Promise.all([...watchers.values()].map(async (w) => (await w).close()));
    },
  };
}
