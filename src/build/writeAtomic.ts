import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { outputFs } from './outputFs.js';

// `.NAME.PID.HOSTRAND.tmp`: hidden, beside its target, and naming its writer's process and machine
// (the first 4 hex digits of RANDOM hash the host name), so that a later build can tell a dead
// writer's leftover from a live one's (see sweepTempFiles): a process id means something only on
// the machine (or container) that wrote the file, and CI shards may share one output folder.
const TEMP_NAME = /^\..+\.(\d+)\.([0-9a-f]{8})\.tmp$/;

/** This machine's tag in temporary names: 4 hex digits of a hash of its host name. */
export const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 4);

/** A fresh temporary path beside `target`, named after this process and machine. */
export function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${HOST_TAG}${randomBytes(2).toString('hex')}.tmp`);
}

/** Who wrote a temporary file, from its name as {@link tempPath} makes it; `undefined` for any other name. */
export function tempOwner(name: string): { readonly pid: number; readonly host: string } | undefined {
  const found = TEMP_NAME.exec(name);
  return found === null ? undefined : { pid: Number(found[1]), host: (found[2] ?? '').slice(0, 4) };
}

/** A file written under a temporary name, waiting to be renamed into place or thrown away. */
export interface StagedFile {
  readonly target: string;
  readonly temp: string;
}

/**
 * Writes `data` to a temporary file beside `target` (its folder made if needed). Errors that
 * name no path (a full disk during the write) are given the target's.
 */
export async function stageFile(target: string, data: Uint8Array | string): Promise<StagedFile> {
  const dir = dirname(target);
  await outputFs.mkdir(dir, { recursive: true });
  const temp = tempPath(target);
  try {
    await outputFs.writeFile(temp, data);
  } catch (error) {
    await outputFs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof Error && (error as NodeJS.ErrnoException).path === undefined) Object.assign(error, { path: temp });
    throw error;
  }
  return { target, temp };
}

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the target folder, which
 * is then renamed over the target (atomic on one file system), so a killed build leaves nothing half-written.
 */
export async function writeAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const staged = await stageFile(target, data);
  try {
    await outputFs.rename(staged.temp, target);
  } catch (error) {
    await outputFs.rm(staged.temp, { force: true });
    throw error;
  }
}
