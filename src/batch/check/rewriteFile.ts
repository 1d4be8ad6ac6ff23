import { chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tempPath } from '../../build/writeAtomic.js';

/**
 * Replaces the text of an existing file whole or not at all, as the clerk would expect of an
 * edit: the file keeps its permissions, and when its path is a symbolic link the link stays and
 * its target gets the new text. The text goes to a temporary file beside the target (the same
 * file system, so the rename is atomic), which takes the target's mode before it is renamed over it.
 *
 * @param file The file, or a symbolic link to it.
 * @param text The new text.
 */
export async function rewriteFile(file: string, text: string): Promise<void> {
  const target = await realpath(file);
  const { mode } = await stat(target);
  const temp = tempPath(target);
  try {
    await writeFile(temp, text, { flag: 'wx', mode: 0o600 });
    // After the write, not through writeFile's mode, which the umask would narrow.
    await chmod(temp, mode & 0o7777);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
