import { stat } from 'node:fs/promises';
import path from 'node:path';

/** The name of the per-bulletin defaults file. */
export const configFileName = 'bulletin.yaml';

/**
 * The bulletin.yaml files that apply to an issue: in its folder and each parent folder, up to
 * and including the first folder that holds `.git` (the project root), or the filesystem root.
 *
 * @param folder Absolute path of the folder.
 * @returns Absolute paths, farthest first, so later files override earlier ones.
 */
export async function findConfigFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  let current = path.resolve(folder);
  for (;;) {
    const candidate = path.join(current, configFileName);
    // Whatever holds the name is taken, so that a folder, a pipe or a device there is reported
    // by the reader rather than silently skipped.
    if (await exists(candidate)) found.push(candidate);
    // `.git` is a folder in a clone and a file in a worktree or submodule: both mark a root,
    // and stopping there keeps an unrelated bulletin.yaml higher up from leaking in.
    if (await exists(path.join(current, '.git'))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return found.reverse();
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
