import { outputFs } from '../build/outputFs.js';
import { tempPath } from '../build/writeAtomic.js';

/**
 * Creates a file whole or not at all, and never over an existing one: the text is written to a
 * temporary name in the target folder, then hard-linked to its name, which fails when the name is
 * taken (a rename would replace it), even when another process took it a moment before.
 *
 * @returns `false` when the file exists (nothing is written).
 */
export async function writeExclusive(target: string, data: string): Promise<boolean> {
  const temp = tempPath(target);
  try {
    await outputFs.writeFile(temp, data, { flag: 'wx' });
    await outputFs.link(temp, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await outputFs.rm(temp, { force: true });
  }
}
