import { stat } from 'node:fs/promises';
import path from 'node:path';

/** The issue files named on a command line, and the names that named nothing. */
export interface CollectedIssues {
  /** Absolute paths, each once, in the order given (a folder's issues sorted by name). */
  readonly files: readonly string[];
  /** Paths that do not exist. */
  readonly missing: readonly string[];
  /** Folders that hold no `*.md` file. */
  readonly empty: readonly string[];
}

/**
 * Expands files and folders into issue files: a folder stands for the `*.md` files directly in it
 * but its README.md (not its subfolders, which often hold drafts or other bulletins), sorted by
 * name so that `2014-04.md` comes before `2014-10.md`.
 *
 * @param paths Files and folders, relative to `cwd` or absolute.
 * @param cwd The folder relative paths start from (optional, default `process.cwd()`).
 */
export async function collectIssues(paths: readonly string[], cwd: string = process.cwd()): Promise<CollectedIssues> {
  const files: string[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const kind = await stat(absolute).then(
      (s) => (s.isDirectory() ? 'folder' : 'file'),
      () => 'missing' as const,
    );
    if (kind === 'missing') missing.push(given);
    else if (kind === 'file') files.push(absolute);
    else {
      // Loaded only for a folder: a build of single files does without it.
      const { glob } = await import('tinyglobby');
      const found = (await glob('*.md', { cwd: absolute, absolute: true, onlyFiles: true })).filter(
        (f) => path.basename(f).toLowerCase() !== 'readme.md',
      );
      if (found.length === 0) empty.push(given);
      // Code-unit order, not the locale's: the same on every machine.
      files.push(...found.map((f) => path.normalize(f)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  }
  return { files: [...new Set(files)], missing, empty };
}
