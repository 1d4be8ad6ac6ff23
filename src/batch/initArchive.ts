import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IssueDate } from '../model/document.js';
import { configFileName } from '../read/findConfigFiles.js';
import { collectIssues } from './collectIssues.js';
import { builtinTemplateNames, getTemplate } from '../template/template.js';
import { configSkeleton } from './configSkeleton.js';
import { issueSkeleton } from './issueSkeleton.js';
import { today } from './newIssue.js';
import { nextIssue, type NextIssue } from './nextIssue.js';
import { readIssueMeta } from './readIssueMeta.js';
import { writeExclusive } from './writeExclusive.js';

/** Options of {@link initArchive}. */
export interface InitArchiveOptions {
  /** The archive folder, made when missing (optional, default the working folder). */
  readonly dir?: string;
  /** The bulletin's title (optional; a placeholder without it). One line, not empty. */
  readonly title?: string;
  /** The first issue's date (optional, default today in the local time zone). */
  readonly date?: IssueDate;
  /**
   * The built-in template the archive uses (optional; without it, `jinqiao`, and bulletin.yaml
   * names none). See `listTemplates`.
   */
  readonly template?: string;
}

/** The outcome of {@link initArchive}. */
export interface InitArchiveResult {
  /** Absolute path of the archive folder. */
  readonly dir: string;
  /** Absolute path of its bulletin.yaml. */
  readonly config: string;
  /** Absolute path of its first issue. */
  readonly issue: string;
  /** The first issue's numbers: issue 1, serial 1. */
  readonly next: NextIssue;
  /** The files written, in order: bulletin.yaml, then the issue. */
  readonly created: readonly string[];
  /**
   * Files that were in the way: bulletin.yaml, the issue's name, or issues the folder already
   * holds. When there are any, nothing was written (unless another process made one of the two
   * files while this one ran: then the other may have been written).
   */
  readonly existing: readonly string[];
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Starts an archive (`bulletin init`): a commented bulletin.yaml and the first issue (issue 1,
 * serial 1, named `YYYY-01.md`) with placeholder text, in a folder that has neither, nor any other
 * issue (an archive that has issues goes on with `newIssue`). Never overwrites a file; each file
 * is written whole or not at all.
 *
 * @param options The folder, the title and the date.
 * @throws When the folder cannot be made (a file of that name, no permission); a RangeError when
 *   `template` is not a built-in template.
 */
export async function initArchive(options: InitArchiveOptions = {}): Promise<InitArchiveResult> {
  const dir = path.resolve(options.dir ?? '.');
  if (options.template !== undefined && !builtinTemplateNames().includes(options.template)) throw new RangeError(`initArchive: no built-in template ${options.template}`);
  await mkdir(dir, { recursive: true });
  const config = path.join(dir, configFileName);
  const next = nextIssue([], options.date ?? today());
  const issue = path.join(dir, next.name);
  const result = { dir, config, issue, next };

  const inTheWay = (await Promise.all([config, issue].map(async (f) => ((await exists(f)) ? [f] : [])))).flat();
  const { files } = await collectIssues([dir]);
  const others = (await Promise.all(files.filter((f) => f !== issue).map(readIssueMeta))).filter((r) => r.frontMatter !== undefined).map((r) => r.file);
  const existing = [...inTheWay, ...others];
  if (existing.length > 0) return { ...result, created: [], existing };

  const created: string[] = [];
  const texts: ReadonlyArray<readonly [string, string]> = [
    [
      config,
      configSkeleton({
        ...(options.title !== undefined ? { title: options.title } : {}),
        ...(options.template !== undefined ? { template: options.template, fields: getTemplate(options.template).fields ?? {} } : {}),
      }),
    ],
    [issue, issueSkeleton(next, { configured: true })],
  ];
  for (const [file, text] of texts) {
    if (await writeExclusive(file, text)) created.push(file);
    else existing.push(file);
  }
  return { ...result, created, existing };
}
