import { outputFs } from '../build/outputFs.js';
import { tempPath } from '../build/writeAtomic.js';

// What link() says on a file system without hard links (EPERM on Linux's vfat, ENOTSUP on macOS).
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

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
    try {
      await outputFs.link(temp, target);
    } catch (error) {
      // FAT and exFAT (a USB stick) have no hard links: create the name exclusively and write
      // into it, which can leave a partly written file only if the disk fails in between.
      if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      await outputFs.writeFile(target, data, { flag: 'wx' });
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await outputFs.rm(temp, { force: true });
  }
}
