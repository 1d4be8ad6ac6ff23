import { realpathSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** Where a file really is, through symbolic links; undefined when it is not there. */
function realPath(file: string): string | undefined {
  try {
    return realpathSync.native(file);
  } catch {
    return undefined;
  }
}

/** Files watched by {@link watchFiles}; the set can change while watching. */
export interface FileWatch {
  /** Watches exactly these files (absolute paths) from now on. */
  follow(files: Iterable<string>): void;
  /** Stops watching. */
  close(): void;
}

/**
 * Watches files through the folders that hold them, and calls `onChange` with the file on every
 * change the system reports, unthrottled: the caller decides when a burst of them is a save.
 *
 * The folder is watched, not the file, because editors save in ways that replace the file: a new
 * file renamed over the old one, or (vim) the old one renamed away and a new one written. A watch
 * on the file itself follows the old one; a folder's watch sees the new one appear. chokidar
 * watches the file and throttles its change events to one per 50 ms, so a save in two steps
 * a few milliseconds apart (truncate, then write) loses its second step.
 *
 * @param onChange Called with the absolute path of the file that changed.
 * @param onError Called when a folder cannot be watched (optional); the others go on.
 */
export function watchFiles(onChange: (file: string) => void, onError?: (folder: string, error: unknown) => void): FileWatch {
  /** Per folder: its watcher, and the names in it that are watched. */
  const folders = new Map<string, { readonly watcher: FSWatcher | undefined; readonly names: Set<string> }>();

  const open = (dir: string, names: Set<string>): FSWatcher | undefined => {
    try {
      const watcher = watch(dir, { persistent: true }, (_event, name) => {
        // Without a name (allowed by node on some systems) any watched file may have changed.
        if (name === null) for (const n of names) onChange(path.join(dir, n));
        else if (names.has(name)) onChange(path.join(dir, name));
      });
      watcher.on('error', (error) => {
        // The folder went away: a build will say what is missing; `follow` watches it again.
        watcher.close();
        folders.delete(dir);
        onError?.(dir, error);
        for (const n of names) onChange(path.join(dir, n));
      });
      return watcher;
    } catch (error) {
      onError?.(dir, error);
      return undefined;
    }
  };

  return {
    follow(files) {
      const wanted = new Map<string, Set<string>>();
      const want = (file: string): void => {
        const dir = path.dirname(file);
        const names = wanted.get(dir) ?? new Set<string>();
        names.add(path.basename(file));
        wanted.set(dir, names);
      };
      for (const file of files) {
        want(file);
        // A symbolic link's folder sees the link change, not the file it points to: watch that too.
        const real = realPath(file);
        if (real !== undefined && real !== file) want(real);
      }
      for (const [dir, folder] of folders) {
        if (wanted.has(dir)) continue;
        folder.watcher?.close();
        folders.delete(dir);
      }
      for (const [dir, names] of wanted) {
        const folder = folders.get(dir);
        // A folder that could not be watched is not tried again (and reported again) on every build.
        if (folder) {
          folder.names.clear();
          for (const n of names) folder.names.add(n);
        } else folders.set(dir, { watcher: open(dir, names), names });
      }
    },
    close() {
      for (const folder of folders.values()) folder.watcher?.close();
      folders.clear();
    },
  };
}
