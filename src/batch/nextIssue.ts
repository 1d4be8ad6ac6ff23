import type { IssueDate, IssueMeta } from '../model/document.js';

/** The numbers of the issue after an archive's last. */
export interface NextIssue {
  readonly year: number;
  /** The last issue of `year` + 1, or 1 when the year has none yet. */
  readonly issue: number;
  /** The highest serial + 1; 1 in an empty archive; absent when the archive's issues have none. */
  readonly serial?: number;
  readonly date: IssueDate;
  /** File name of the new issue: `YYYY-NN.md`. */
  readonly name: string;
}

/** `YYYY-NN.md`, the archive's naming (2014-04.md): sorts by name in publication order. */
export function issueFileName(year: number, issue: number): string {
  return `${year}-${String(issue).padStart(2, '0')}.md`;
}

/**
 * Numbers the next issue of an archive. Its year is the date's: issue numbers restart each
 * year, serials (总第N期) never do.
 *
 * @param archive The metadata of the archive's issues, in any order.
 * @param date The new issue's date.
 */
export function nextIssue(archive: readonly IssueMeta[], date: IssueDate): NextIssue {
  const year = date.year;
  const issue = Math.max(0, ...archive.filter((m) => m.year === year).map((m) => m.issue)) + 1;
  const serials = archive.flatMap((m) => (m.serial === undefined ? [] : [m.serial]));
  const serial = serials.length > 0 ? Math.max(...serials) + 1 : archive.length === 0 ? 1 : undefined;
  return { year, issue, ...(serial === undefined ? {} : { serial }), date, name: issueFileName(year, issue) };
}

/** Compares issues in publication order: year, issue number, then date. */
export function byPublication(a: IssueMeta, b: IssueMeta): number {
  return a.year - b.year || a.issue - b.issue || compareDates(a.date, b.date);
}

/** Negative when `a` is before `b`. */
export function compareDates(a: IssueDate, b: IssueDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** `YYYY-MM-DD`. */
export function formatDate(d: IssueDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
