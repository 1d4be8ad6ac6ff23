import path from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { IssueMeta } from '../../model/document.js';
import { byPublication, compareDates, formatDate, issueFileName } from '../nextIssue.js';

/** An issue of the archive whose numbers could be read. */
export interface NumberedIssue {
  /** Absolute path. */
  readonly file: string;
  readonly meta: IssueMeta;
  /** The front matter's YAML (it starts on line 2 of the file), to point at the field at fault. */
  readonly frontMatter?: string;
}

type Field = 'issue' | 'serial' | 'date';

/** Where `field` is written in the issue's front matter; the whole file when it is not there. */
function locate(issue: NumberedIssue, field: Field): { line: number; column: number } {
  const lines = issue.frontMatter?.split(/\r?\n/) ?? [];
  const index = lines.findIndex((l) => l.startsWith(`${field}:`));
  if (index < 0) return { line: 0, column: 0 };
  const value = /^[^:]+:\s*/.exec(lines[index] ?? '')?.[0].length ?? 0;
  return { line: index + 2, column: value + 1 };
}

function name(from: NumberedIssue, other: NumberedIssue): string {
  return path.relative(path.dirname(from.file), other.file).split(path.sep).join('/');
}

function label(m: IssueMeta): string {
  return `${m.year}年第${m.issue}期`;
}

function diagnostic(issue: NumberedIssue, field: Field, severity: Diagnostic['severity'], rule: string, message: string, hint: string): Diagnostic {
  return { file: issue.file, ...locate(issue, field), severity, rule, message, hint };
}

/** Issues sharing a value, by that value. */
function groups<K>(issues: readonly NumberedIssue[], key: (i: NumberedIssue) => K | undefined): NumberedIssue[][] {
  const by = new Map<K, NumberedIssue[]>();
  for (const i of issues) {
    const k = key(i);
    if (k !== undefined) by.set(k, [...(by.get(k) ?? []), i]);
  }
  return [...by.values()];
}

function duplicates(issues: readonly NumberedIssue[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const same of groups(issues, (i) => i.meta.serial)) {
    if (same.length < 2) continue;
    for (const i of same) {
      const others = same.filter((o) => o !== i).map((o) => name(i, o));
      found.push(diagnostic(i, 'serial', 'error', 'archive/duplicate-serial', `serial ${i.meta.serial} (总第${i.meta.serial}期) is also the serial of ${others.join(', ')}`, 'each issue has a serial of its own: one more than the issue before it'));
    }
  }
  for (const same of groups(issues, (i) => `${i.meta.year}/${i.meta.issue}`)) {
    if (same.length < 2) continue;
    for (const i of same) {
      const others = same.filter((o) => o !== i).map((o) => name(i, o));
      found.push(diagnostic(i, 'issue', 'error', 'archive/duplicate-issue', `${label(i.meta)} is also the number of ${others.join(', ')}`, 'issue numbers count from 1 in each year, one more for each issue'));
    }
  }
  return found;
}

function gaps(issues: readonly NumberedIssue[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const bySerial = issues.filter((i) => i.meta.serial !== undefined).sort((a, b) => (a.meta.serial ?? 0) - (b.meta.serial ?? 0));
  bySerial.forEach((i, n) => {
    const before = bySerial[n - 1];
    const serial = i.meta.serial ?? 0;
    const previous = before?.meta.serial;
    if (!before || previous === undefined || serial - previous <= 1) return;
    const missing = serial - previous === 2 ? `serial ${previous + 1} is` : `serials ${previous + 1}–${serial - 1} are`;
    found.push(diagnostic(i, 'serial', 'warning', 'archive/missing-serial', `${missing} missing between ${name(i, before)} (${previous}) and this issue (${serial})`, 'add the missing issues to the folder, or correct the serials'));
  });
  return found;
}

function order(issues: readonly NumberedIssue[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const published = [...issues].sort((a, b) => byPublication(a.meta, b.meta));
  published.forEach((i, n) => {
    const before = published[n - 1];
    if (!before || before.meta.year !== i.meta.year) return;
    if (i.meta.issue - before.meta.issue > 1) {
      found.push(diagnostic(i, 'issue', 'warning', 'archive/missing-issue', `no issue ${before.meta.issue + 1} of ${i.meta.year} between ${name(i, before)} (${label(before.meta)}) and this one (${label(i.meta)})`, 'add the missing issue, or correct the issue numbers'));
    }
    if (compareDates(i.meta.date, before.meta.date) < 0) {
      found.push(diagnostic(i, 'date', 'error', 'archive/issue-order', `${label(i.meta)} is dated ${formatDate(i.meta.date)}, before ${label(before.meta)} (${name(i, before)}, ${formatDate(before.meta.date)})`, 'issue numbers follow the dates within a year: correct the number or the date'));
    }
  });
  const bySerial = issues.filter((i) => i.meta.serial !== undefined).sort((a, b) => (a.meta.serial ?? 0) - (b.meta.serial ?? 0));
  bySerial.forEach((i, n) => {
    const before = bySerial[n - 1];
    // Within a year the issue order above has said it already.
    if (!before || before.meta.year === i.meta.year || compareDates(i.meta.date, before.meta.date) >= 0) return;
    found.push(diagnostic(i, 'date', 'error', 'archive/date-order', `serial ${i.meta.serial} is dated ${formatDate(i.meta.date)}, before serial ${before.meta.serial} (${name(i, before)}, ${formatDate(before.meta.date)})`, 'serials follow the dates: correct the serial or the date'));
  });
  return found;
}

function fileNames(issues: readonly NumberedIssue[]): Diagnostic[] {
  return issues.flatMap((i) => {
    const match = /^(\d{4})-(\d{1,3})\.md$/i.exec(path.basename(i.file));
    // Only files named the archive's way are checked: another naming is the archive's choice.
    if (!match || (Number(match[1]) === i.meta.year && Number(match[2]) === i.meta.issue)) return [];
    const expected = issueFileName(i.meta.year, i.meta.issue);
    return [diagnostic(i, 'issue', 'error', 'archive/file-name', `the file name says ${Number(match[1])}年第${Number(match[2])}期 but the front matter ${label(i.meta)}`, `rename the file ${expected}, or correct the issue number or date`)];
  });
}

/**
 * Checks an archive's numbering: duplicate serials and issue numbers, gaps, issue numbers out of
 * date order within a year, serials out of date order, and `YYYY-NN.md` names that disagree
 * with the front matter. Each finding is reported on the issue at fault, naming the other.
 *
 * @param issues Every issue of the archive whose numbers could be read.
 */
export function checkNumbering(issues: readonly NumberedIssue[]): Diagnostic[] {
  return [...duplicates(issues), ...gaps(issues), ...order(issues), ...fileNames(issues)];
}
