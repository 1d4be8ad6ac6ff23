import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { findConfigFiles } from '../read/findConfigFiles.js';
import { packageRoot } from '../packageRoot.js';

/** The names a template folder's file may have, in the order they are taken. */
export const TEMPLATE_FILE_NAMES = ['template.yaml', 'template.yml', 'template.json'] as const;

/** The folder, inside an archive, that `bulletin template new` writes templates into. */
export const ARCHIVE_TEMPLATES_FOLDER = 'templates';

/** The folder holding the built-in templates (`templates/` of the installed package). */
export function builtinTemplatesDir(): string {
  return path.join(packageRoot(), 'templates');
}

/** The template file of a folder (template.yaml, then .yml, then .json), or undefined when it has none. */
export async function templateFileOf(folder: string): Promise<string | undefined> {
  for (const name of TEMPLATE_FILE_NAMES) {
    const file = path.join(folder, name);
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (found) return file;
  }
  return undefined;
}

/** The sub-folders of `dir` that hold a template file, sorted by name; none when `dir` is missing. */
export async function templateFoldersIn(dir: string): Promise<Array<{ readonly name: string; readonly folder: string; readonly file: string }>> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  const found = await Promise.all(
    names.map(async (name) => {
      const folder = path.join(dir, name);
      const file = await templateFileOf(folder);
      return file === undefined ? [] : [{ name, folder, file }];
    }),
  );
  return found.flat();
}

/**
 * The archive folder that `dir` belongs to: the nearest folder at or above it that holds a
 * bulletin.yaml (up to the project root), or `dir` itself when there is none.
 */
export async function archiveFolderOf(dir: string): Promise<string> {
  const configs = await findConfigFiles(path.resolve(dir));
  const nearest = configs.at(-1);
  return nearest === undefined ? path.resolve(dir) : path.dirname(nearest);
}
