import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempOwner } from './writeAtomic.js';

/** Whether process `pid` is running (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user. Only ESRCH says it is gone.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the temporary files that killed builds left in `folder` (a build killed between writing
 * and renaming its output). A file is removed only when the process named in it has ended: a
 * concurrent build's files, and this process's own (its worker threads share its id), are kept.
 * Best effort: a folder that cannot be read or a file that cannot be removed is left as it is.
 *
 * @param folder An output folder.
 * @returns The files removed.
 */
export async function sweepTempFiles(folder: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = tempOwner(name);
    if (pid === undefined || pid === process.pid || pid <= 0 || isRunning(pid)) continue;
    const file = path.join(folder, name);
    try {
      await rm(file);
      removed.push(file);
    } catch {
      // Gone already (another build swept it), or not ours to remove.
    }
  }
  return removed;
}
