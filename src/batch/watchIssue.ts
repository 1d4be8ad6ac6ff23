import { stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIssue, type BuildOptions, type BuildResult } from '../build/buildIssue.js';
import { outputPath } from '../build/outputPath.js';
import { sweepTempFiles } from '../build/sweepTempFiles.js';
import { configFileName, findConfigFiles } from '../read/index.js';
import { catchStray } from './catchStray.js';
import { watchFiles } from './watchFiles.js';

/** Options of {@link watchIssue}: those of a build, and where the results go. */
export interface WatchOptions extends BuildOptions {
  /**
   * Called after every build, the first one included, with the milliseconds from the save that
   * started it (the first file event of the burst; for the first build, from its start) to the
   * outputs written. A build overtaken by another save before it ends is not reported: the build
   * of the newer text is, timed from the older save.
   */
  readonly onBuild: (result: BuildResult, ms: number) => void;
  /** Called when a build throws: a bug in bulletin; watching goes on (optional). */
  readonly onCrash?: (error: unknown) => void;
  /** Called when a folder of the watched files cannot be watched: saves there go unseen (optional). */
  readonly onUnwatched?: (folder: string, error: unknown) => void;
  /**
   * How long the watched files must stay quiet after a file event before the build starts
   * (optional, default 5 ms): an editor's save in several steps comes as a burst of events.
   */
  readonly debounceMs?: number;
  /**
   * How long to wait for more events while the issue is missing or empty (optional, default
   * 200 ms): an editor that truncates the file, or renames it away, writes the new text next.
   */
  readonly patienceMs?: number;
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

/** Whether the issue looks half-saved: missing or empty, as between an editor's truncate and write. */
async function midSave(file: string): Promise<boolean> {
  try {
    return (await stat(file)).size === 0;
  } catch {
    return true;
  }
}

/**
 * Builds an issue, then again whenever it, a bulletin.yaml it uses or a picture it shows is
 * saved (`bulletin watch`). Builds run in this process one after another, so each rebuild reuses
 * the fonts, metrics, shaped text and set paragraphs of the builds before it.
 *
 * A save is a burst of file events: the build starts once the files have been quiet for
 * `debounceMs`, or, while the issue is missing or empty, for `patienceMs`. A save that comes while
 * a build runs makes the build's result stale: it is not told, and the newer text is built next.
 *
 * @param file The issue.
 * @param options Build options and the callbacks.
 */
export async function watchIssue(file: string, options: WatchOptions): Promise<IssueWatcher> {
  const { onBuild, onCrash, onUnwatched, debounceMs = 5, patienceMs = 200, queue = (task) => task(), ...buildOptions } = options;
  const build: BuildOptions = { keepLayouts: true, ...buildOptions };
  const absolute = path.resolve(file);
  // A bulletin.yaml that appears beside the issue applies to it: its folder is watched anyway.
  const ownConfig = path.join(path.dirname(absolute), configFileName);
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  /** When the first file event not yet answered by a told build came. */
  let savedAt: number | undefined;
  /** When the last file event came, and how many have come. */
  let lastEventAt = 0;
  let events = 0;

  /** The files to watch after a build: what it read, or, when it failed early, the issue and its bulletin.yaml. */
  const inputsOf = async (result: BuildResult | undefined): Promise<Set<string>> => {
    const files = result?.inputs?.files.filter((f) => !FONT_FILE.test(f)) ?? (await findConfigFiles(path.dirname(absolute)));
    return new Set([absolute, ownConfig, ...files]);
  };
  const buildOnce = async (): Promise<BuildResult | undefined> => {
    const started = savedAt ?? performance.now();
    let before = events;
    try {
      // One build at a time (the queue), so a stray exception is this build's (catchStray). Saves
      // count from when the build starts and reads the files, not while it waits for other issues.
      const result = await queue(() => {
        before = events;
        return catchStray(() => buildIssue(absolute, build));
      });
      // Saved again meanwhile: this result may be of half-saved text, and the next build tells.
      if (events !== before) return result;
      savedAt = undefined;
      onBuild(result, performance.now() - started);
      return result;
    } catch (error) {
      savedAt = undefined;
      onCrash?.(error);
      return undefined;
    }
  };
  const rebuild = (): void => {
    // One build waiting is enough: it reads the files as they are when it starts.
    if (queued) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      if (closed) return;
      const wanted = await inputsOf(await buildOnce());
      if (!closed) watched.follow(wanted);
    });
  };
  const arm = (ms: number): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void settle(), ms);
  };
  const settle = async (): Promise<void> => {
    timer = undefined;
    const quiet = performance.now() - lastEventAt;
    if (quiet < patienceMs && (await midSave(absolute))) {
      // An event during the check has armed the timer again; else wait out the patience.
      if (timer === undefined && !closed) arm(patienceMs - quiet);
      return;
    }
    if (timer === undefined && !closed) rebuild();
  };
  const watched = watchFiles(
    () => {
      if (closed) return;
      lastEventAt = performance.now();
      savedAt ??= lastEventAt;
      events++;
      arm(debounceMs);
    },
    (folder, error) => onUnwatched?.(folder, error),
  );

  await sweepTempFiles(path.dirname(outputPath(absolute, build.outDir)));
  // Watched before the first build, so that a save while it runs is not missed.
  watched.follow(await inputsOf(undefined));
  rebuild();
  await running;
  return {
    ready: Promise.resolve(),
    async close() {
      closed = true;
      clearTimeout(timer);
      watched.close();
      await running;
    },
  };
}
