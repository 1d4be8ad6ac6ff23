import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIssue, type BuildOptions, type BuildResult } from '../build/buildIssue.js';
import { outputPath } from '../build/outputPath.js';
import { sweepTempFiles } from '../build/sweepTempFiles.js';
import { findConfigFiles } from '../read/index.js';
import { catchStray } from './catchStray.js';

/** Options of {@link watchIssue}: those of a build, and where the results go. */
export interface WatchOptions extends BuildOptions {
  /**
   * Called after every build, the first one included, with the milliseconds from the save that
   * started it (the first file event of the burst; for the first build, from its start) to the
   * outputs written.
   */
  readonly onBuild: (result: BuildResult, ms: number) => void;
  /** Called when a build throws: a bug in bulletin; watching goes on (optional). */
  readonly onCrash?: (error: unknown) => void;
  /** How long to wait for a burst of file events to end before building (optional, default 50 ms). */
  readonly debounceMs?: number;
  /**
   * Runs each build (optional, default: at once). Watchers that share one queue build one issue at
   * a time between them (see `watchFolder`).
   */
  readonly queue?: BuildQueue;
}

/** Runs tasks one after another, in the order given. */
export type BuildQueue = <T>(task: () => Promise<T>) => Promise<T>;

/** A new {@link BuildQueue}. */
export function buildQueue(): BuildQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** A running watch. */
export interface IssueWatcher {
  /** Resolves once the files are watched (the first build is done when {@link watchIssue} returns). */
  readonly ready: Promise<void>;
  /** Stops watching; resolves when no build is running. */
  close(): Promise<void>;
}

// Fonts are parsed once per process and kept (src/fonts/loadFont.ts): a changed font file would
// not be read again, so watching fonts would only promise what a rebuild cannot do.
const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;

/**
 * Builds an issue, then again whenever it, a bulletin.yaml it uses or a picture it shows is
 * saved (`bulletin watch`). Builds run in this process one after another, so each rebuild reuses
 * the fonts, metrics and shaped text of the builds before it.
 *
 * @param file The issue.
 * @param options Build options and the callbacks.
 */
export async function watchIssue(file: string, options: WatchOptions): Promise<IssueWatcher> {
  const { onBuild, onCrash, debounceMs = 50, queue = (task) => task(), ...build } = options;
  const absolute = path.resolve(file);
  const { watch } = await import('chokidar');
  const watched = new Set<string>();
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  /** When the first file event since the last build began came. */
  let savedAt: number | undefined;

  /** The files to watch after a build: what it read, or, when it failed early, the issue and its bulletin.yaml. */
  const inputsOf = async (result: BuildResult | undefined): Promise<Set<string>> => {
    const files = result?.inputs?.files.filter((f) => !FONT_FILE.test(f)) ?? (await findConfigFiles(path.dirname(absolute)));
    return new Set([absolute, ...files]);
  };
  const buildOnce = async (): Promise<BuildResult | undefined> => {
    const started = savedAt ?? performance.now();
    savedAt = undefined;
    try {
      // One build at a time (the queue), so a stray exception is this build's (catchStray).
      const result = await queue(() => catchStray(() => buildIssue(absolute, build)));
      onBuild(result, performance.now() - started);
      return result;
    } catch (error) {
      onCrash?.(error);
      return undefined;
    }
  };
  await sweepTempFiles(path.dirname(outputPath(absolute, build.outDir)));
  const first = await inputsOf(await buildOnce());
  for (const f of first) watched.add(f);
  const active = watch([...first], { ignoreInitial: true });
  const follow = (wanted: ReadonlySet<string>): void => {
    const added = [...wanted].filter((f) => !watched.has(f));
    const removed = [...watched].filter((f) => !wanted.has(f));
    if (added.length > 0) active.add(added);
    if (removed.length > 0) active.unwatch(removed);
    for (const f of removed) watched.delete(f);
    for (const f of added) watched.add(f);
  };
  const rebuild = (): Promise<void> =>
    (running = running.then(async () => {
      if (closed) return;
      const wanted = await inputsOf(await buildOnce());
      if (!closed) follow(wanted);
    }));

  active.on('all', () => {
    savedAt ??= performance.now();
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), debounceMs);
  });
  const ready = new Promise<void>((resolve) => active.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      await active.close();
      await running;
    },
  };
}
