import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { HOST_TAG, tempOwner } from './writeAtomic.js';

/** Age past which another machine's temporary file counts as abandoned: no build writes that long. */
export const FOREIGN_TEMP_AGE_MS = 60 * 60 * 1000;

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
 * and renaming its output). A file of this machine is removed only when the process named in it
 * has ended: a concurrent build's files, and this process's own (its worker threads share its id),
 * are kept. Another machine's (a CI shard in another container writing to a shared folder) is
 * removed only when it is over an hour old, since its process cannot be looked up from here.
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
    const owner = tempOwner(name);
    if (owner === undefined) continue;
    const file = path.join(folder, name);
    if (owner.host === HOST_TAG) {
      if (owner.pid === process.pid || owner.pid <= 0 || isRunning(owner.pid)) continue;
    } else if (!(await isOlderThan(file, FOREIGN_TEMP_AGE_MS))) continue;
    try {
      await rm(file);
      removed.push(file);
    } catch {
      // Gone already (another build swept it), or not ours to remove.
    }
  }
  return removed;
}

async function isOlderThan(file: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(file)).mtimeMs > ms;
  } catch {
    return false;
  }
}
