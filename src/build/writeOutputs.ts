import { outputFs } from './outputFs.js';
import { stageFile, type StagedFile } from './writeAtomic.js';

/** One file of a build's outputs. */
export interface OutputFile {
  readonly path: string;
  readonly data: Uint8Array | string;
}

async function isFolder(file: string): Promise<boolean> {
  return outputFs.lstat(file).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/**
 * Writes a build's outputs together: every file is written under a temporary name first, and
 * only when all are written are they renamed into place, so a full disk or a read-only folder
 * leaves the outputs of the last good build as they were. A rename that still fails takes the
 * outputs this call already renamed with it: a build never leaves half of its outputs behind.
 *
 * @param files The outputs, in the order they are renamed into place.
 * @throws The file system's error (see `fileFault`), after cleaning up.
 */
export async function writeOutputs(files: readonly OutputFile[]): Promise<void> {
  const staged: StagedFile[] = [];
  const renamed: string[] = [];
  try {
    for (const file of files) staged.push(await stageFile(file.path, file.data));
    for (const { target } of staged) {
      // rename(2) refuses a folder as the target only after the other outputs have been renamed.
      if (await isFolder(target)) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, rename '${target}'`), { code: 'EISDIR', syscall: 'rename', path: target });
    }
    for (const { temp, target } of staged) {
      await outputFs.rename(temp, target);
      renamed.push(target);
    }
  } catch (error) {
    await Promise.all([...staged.map((s) => outputFs.rm(s.temp, { force: true })), ...renamed.map((r) => outputFs.rm(r, { force: true }))].map((p) => p.catch(() => undefined)));
    throw error;
  }
}
