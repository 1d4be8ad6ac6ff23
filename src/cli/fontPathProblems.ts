import { statSync } from 'node:fs';
import path from 'node:path';
import { t } from '../messages/catalogue.js';

/**
 * What is wrong with the `--font-path` folders, one message each: a folder that does not exist or
 * is a file is a usage error (exit 2), not a search that silently finds nothing.
 *
 * @param fontPaths The folders as given.
 * @param cwd The folder they are relative to.
 */
export function fontPathProblems(fontPaths: readonly string[], cwd: string): string[] {
  return fontPaths.flatMap((given) => {
    try {
      return statSync(path.resolve(cwd, given)).isDirectory() ? [] : [t('fonts.font-path-not-folder', { path: given })];
    } catch {
      return [t('fonts.font-path-missing', { path: given })];
    }
  });
}
