import { checkNumbering, type NumberedIssue } from '../batch/check/checkNumbering.js';
import { collectIssues } from '../batch/collectIssues.js';
import { byPublication } from '../batch/nextIssue.js';
import { readIssueMeta } from '../batch/readIssueMeta.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Which issues of an archive a volume binds. */
export interface VolumeSelection {
  /** The year (optional, default: the archive's latest). */
  readonly year?: number;
  /** The first and last issue number bound (optional, default: all of the year's). */
  readonly from?: number;
  readonly to?: number;
}

/** The issues chosen, or why none could be. */
export interface SelectedIssues {
  /** The year bound; absent when the archive has no readable issue. */
  readonly year?: number;
  /** The issues, in publication order (issue number, then date). */
  readonly issues: readonly NumberedIssue[];
  /** Problems of the archive's issues' front matter, and issue numbers used twice in the volume. */
  readonly diagnostics: readonly Diagnostic[];
  /** Paths given that do not exist, or folders without issues (usage errors). */
  readonly missing: readonly string[];
  readonly empty: readonly string[];
}

/**
 * Finds the issues a volume binds: every issue of the archive (`collectIssues`: a folder's `*.md`
 * files) whose front matter, resolved over its bulletin.yaml as a build resolves it, gives the
 * year and an issue number in the range. An issue whose front matter cannot be read is an error:
 * its year is unknown, so it might belong to the volume, and a volume must not lose an issue in silence.
 *
 * @param archive Folders and files, relative to `cwd`.
 */
export async function selectVolumeIssues(archive: readonly string[], selection: VolumeSelection, cwd: string): Promise<SelectedIssues> {
  const collected = await collectIssues(archive, cwd);
  const diagnostics: Diagnostic[] = [];
  const readable: NumberedIssue[] = [];
  for (const file of collected.files) {
    const read = await readIssueMeta(file);
    // The issues bound report their warnings when they are typeset; the others' would be noise.
    if (!read.meta || hasErrors(read.diagnostics)) diagnostics.push(...read.diagnostics);
    else readable.push({ file, meta: read.meta, ...(read.frontMatter !== undefined ? { frontMatter: read.frontMatter } : {}) });
  }
  const year = selection.year ?? (readable.length > 0 ? Math.max(...readable.map((i) => i.meta.year)) : undefined);
  const from = selection.from ?? 1;
  const to = selection.to ?? Number.MAX_SAFE_INTEGER;
  const issues = readable.filter((i) => i.meta.year === year && i.meta.issue >= from && i.meta.issue <= to).sort((a, b) => byPublication(a.meta, b.meta) || (a.file < b.file ? -1 : 1));
  // Two issues of one number cannot both be bound: which is the real 第N期 is the archive's to say.
  diagnostics.push(...checkNumbering(issues).filter((d) => d.rule === 'archive/duplicate-issue'));
  return { ...(year !== undefined ? { year } : {}), issues, diagnostics, missing: collected.missing, empty: collected.empty };
}
