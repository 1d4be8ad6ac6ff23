import { stat } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { IssueDate, IssueMeta } from '../model/document.js';
import { findConfigFiles } from '../read/index.js';
import { collectIssues } from './collectIssues.js';
import { issueSkeleton } from './issueSkeleton.js';
import { byPublication, compareDates, formatDate, issueFileName, nextIssue, type NextIssue } from './nextIssue.js';
import { readIssueMeta, type IssueMetaResult } from './readIssueMeta.js';
import { writeExclusive } from './writeExclusive.js';

/** Options of {@link newIssue}. */
export interface NewIssueOptions {
  /** The archive folder (optional, default the working folder). */
  readonly dir?: string;
  /** The new issue's date (optional, default today in the local time zone). */
  readonly date?: IssueDate;
  /** The issue number, instead of the one after the year's last (optional, a whole number ≥ 1). */
  readonly issue?: number;
  /** The serial (总第N期), instead of the one after the highest (optional, a whole number ≥ 1). */
  readonly serial?: number;
}

/** The outcome of {@link newIssue}. */
export interface NewIssueResult {
  /** Absolute path of the new issue, or of the file that is in the way. */
  readonly file: string;
  /** False when a file of that name exists: it is left as it was. */
  readonly created: boolean;
  readonly next: NextIssue;
  /** Issues whose numbers could not be read, and a date before the last issue's. */
  readonly warnings: readonly Diagnostic[];
}

/** Today's date where the user is. */
export function today(now: Date = new Date()): IssueDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function unreadableIssue(d: Diagnostic): boolean {
  return d.severity === 'error' && (d.rule.startsWith('read/') || d.rule === 'front-matter/unclosed');
}

function unreadable(r: IssueMetaResult): Diagnostic {
  return diagnostic(
    { file: r.file, line: 0, column: 0, severity: 'warning', rule: 'archive/unreadable-numbers' },
    m('batch.unreadable-numbers'),
    m('batch.unreadable-numbers-hint'),
  );
}

/**
 * Creates the next issue of an archive folder (`bulletin new`): numbered after the archive's
 * issues (or as given), named `YYYY-NN.md`, with a skeleton body. Never overwrites a file.
 *
 * @param options The folder, the date and the numbers.
 * @throws When the folder does not exist.
 */
export async function newIssue(options: NewIssueOptions = {}): Promise<NewIssueResult> {
  const dir = path.resolve(options.dir ?? '.');
  if (!(await stat(dir)).isDirectory()) throw new Error(`${dir} is not a folder`);
  const { files } = await collectIssues([dir]);
  const read = await Promise.all(files.map(readIssueMeta));
  // A Markdown file without front matter (notes, a README) is not an issue; one whose front matter
  // is never closed, or whose text cannot be read, is an issue whose numbers are unknown.
  const issues = read.filter((r) => r.frontMatter !== undefined || r.diagnostics.some(unreadableIssue));
  const archive = issues.flatMap((r) => (r.meta ? [{ meta: r.meta, frontMatter: r.frontMatter }] : []));
  const warnings = issues.filter((r) => !r.meta).map(unreadable);

  const date = options.date ?? today();
  const guessed = nextIssue(archive.map((a) => a.meta), date);
  const next = withNumbers(guessed, options);
  const last = [...archive].sort((a, b) => byPublication(a.meta, b.meta)).at(-1);
  if (last && compareDates(date, last.meta.date) < 0) warnings.push(earlier(dir, next, last.meta));
  const text = issueSkeleton(next, {
    ...(last?.frontMatter !== undefined ? { previous: last.frontMatter } : {}),
    configured: (await findConfigFiles(dir)).length > 0,
  });
  const file = path.join(dir, next.name);
  const created = await writeExclusive(file, text);
  return { file, created, next, warnings };
}

/** The guessed numbers with those the caller gave in their place. */
function withNumbers(guessed: NextIssue, given: Pick<NewIssueOptions, 'issue' | 'serial'>): NextIssue {
  const issue = given.issue ?? guessed.issue;
  const serial = given.serial ?? guessed.serial;
  return { ...guessed, issue, ...(serial === undefined ? {} : { serial }), name: issueFileName(guessed.year, issue) };
}

function earlier(dir: string, next: NextIssue, last: IssueMeta): Diagnostic {
  return diagnostic(
    { file: path.join(dir, next.name), line: 0, column: 0, severity: 'warning', rule: 'archive/date-order' },
    m('batch.date-before-last', { date: formatDate(next.date), last: `${last.year}年第${last.issue}期`, lastDate: formatDate(last.date) }),
    m('batch.date-before-last-hint'),
  );
}
