import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { readRegularFile } from '../read/readRegularFile.js';
import { ARCHIVE_TEMPLATES_FOLDER, archiveFolderOf, builtinTemplatesDir, templateFoldersIn } from './templateFolders.js';

// A template file is a page of settings; anything larger is not one, and is not read for a listing.
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** A template `bulletin templates` found, built in or beside the archive. */
export interface TemplateEntry {
  /** The folder's name: `jinqiao`, or the name of an archive's own template. */
  readonly name: string;
  /** `builtin`: comes with bulletin; `archive`: a folder of the archive. */
  readonly source: 'builtin' | 'archive';
  /** What to write after `template:` in the archive's bulletin.yaml to use it: the name of a built-in, a path (`templates/NAME`, `./NAME`) of the archive's own. */
  readonly use: string;
  /** Absolute path of its template.yaml or template.json. */
  readonly file: string;
  /** Its `description:`, first line only, when it has one. */
  readonly description?: string;
  /** Its `extends:`, when it has one. */
  readonly extends?: string;
  /** Why its file could not be read (`yaml`: not YAML or JSON; `file`: not a readable file). */
  readonly unreadable?: 'yaml' | 'file';
}

/** What {@link listTemplates} found. */
export interface TemplateListing {
  /** The archive folder looked in: the nearest folder holding a bulletin.yaml, or the folder given. */
  readonly archive: string;
  /** Built-in templates by name, then the archive's own by name. */
  readonly templates: readonly TemplateEntry[];
}

/** Options of {@link listTemplates}. */
export interface ListTemplatesOptions {
  /** A folder of the archive (optional, default the working folder). */
  readonly dir?: string;
}

async function describe(file: string): Promise<Pick<TemplateEntry, 'description' | 'extends' | 'unreadable'>> {
  const read = await readRegularFile(file, MAX_TEMPLATE_BYTES).catch(() => undefined);
  if (read?.kind !== 'bytes') return { unreadable: 'file' };
  let data: unknown;
  try {
    data = parse(read.bytes.toString('utf8'), { maxAliasCount: 100 });
  } catch {
    return { unreadable: 'yaml' };
  }
  if (typeof data !== 'object' || data === null) return { unreadable: 'yaml' };
  const { description, extends: base } = data as { description?: unknown; extends?: unknown };
  const firstLine = typeof description === 'string' ? description.trim().split('\n')[0]?.trim() : undefined;
  return { ...(firstLine ? { description: firstLine } : {}), ...(typeof base === 'string' ? { extends: base } : {}) };
}

/**
 * The templates an archive can use (`bulletin templates`): those built into bulletin
 * (`templates/NAME/` of the package), then the archive's own, each a folder holding a
 * `template.yaml` or `template.json` — in the archive's `templates/` folder (where
 * `bulletin template new` writes them) or directly in the archive folder, beside bulletin.yaml.
 *
 * @param options The folder to start from.
 * @returns The archive folder and the templates, with each one's description.
 */
export async function listTemplates(options: ListTemplatesOptions = {}): Promise<TemplateListing> {
  const archive = await archiveFolderOf(options.dir ?? '.');
  const builtinDir = builtinTemplatesDir();
  const builtins = (await templateFoldersIn(builtinDir)).map((t) => ({ ...t, source: 'builtin' as const, use: t.name }));
  const archiveTemplates = path.join(archive, ARCHIVE_TEMPLATES_FOLDER);
  // In a clone of bulletin itself, the built-ins' folder is not an archive's.
  const ownFolder = (await sameFolder(archiveTemplates, builtinDir)) ? [] : await templateFoldersIn(archiveTemplates);
  const inArchive = [
    ...ownFolder.map((t) => ({ ...t, use: `${ARCHIVE_TEMPLATES_FOLDER}/${t.name}` })),
    ...(await templateFoldersIn(archive)).filter((t) => t.name !== ARCHIVE_TEMPLATES_FOLDER).map((t) => ({ ...t, use: `./${t.name}` })),
  ].map((t) => ({ ...t, source: 'archive' as const }));
  const templates = await Promise.all(
    [...builtins, ...inArchive].map(async ({ name, source, use, file }): Promise<TemplateEntry> => ({ name, source, use, file, ...(await describe(file)) })),
  );
  return { archive, templates };
}

async function sameFolder(a: string, b: string): Promise<boolean> {
  const [ra, rb] = await Promise.all([a, b].map((p) => realpath(p).catch(() => p)));
  return ra === rb;
}
