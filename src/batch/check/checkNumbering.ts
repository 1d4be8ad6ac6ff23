import path from 'node:path';
import { diagnostic as make, m, type Diagnostic, type MessageRef } from '../../diagnostics/diagnostic.js';
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

function diagnostic(issue: NumberedIssue, field: Field, severity: Diagnostic['severity'], rule: string, message: MessageRef, hint: MessageRef): Diagnostic {
  return make({ file: issue.file, ...locate(issue, field), severity, rule }, message, hint);
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
      found.push(diagnostic(i, 'serial', 'error', 'archive/duplicate-serial', m('check.duplicate-serial', { serial: i.meta.serial ?? 0, others: others.join(', ') }), m('check.duplicate-serial-hint')));
    }
  }
  for (const same of groups(issues, (i) => `${i.meta.year}/${i.meta.issue}`)) {
    if (same.length < 2) continue;
    for (const i of same) {
      const others = same.filter((o) => o !== i).map((o) => name(i, o));
      found.push(diagnostic(i, 'issue', 'error', 'archive/duplicate-issue', m('check.duplicate-issue', { label: label(i.meta), others: others.join(', ') }), m('check.duplicate-issue-hint')));
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
    const other = name(i, before);
    const message =
      serial - previous === 2
        ? m('check.missing-serial', { missing: previous + 1, other, previous, serial })
        : m('check.missing-serials', { first: previous + 1, last: serial - 1, other, previous, serial });
    found.push(diagnostic(i, 'serial', 'warning', 'archive/missing-serial', message, m('check.missing-serial-hint')));
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
      found.push(diagnostic(i, 'issue', 'warning', 'archive/missing-issue', m('check.missing-issue', { issue: before.meta.issue + 1, year: i.meta.year, other: name(i, before), before: label(before.meta), label: label(i.meta) }), m('check.missing-issue-hint')));
    }
    if (compareDates(i.meta.date, before.meta.date) < 0) {
      found.push(diagnostic(i, 'date', 'error', 'archive/issue-order', m('check.issue-order', { label: label(i.meta), date: formatDate(i.meta.date), before: label(before.meta), other: name(i, before), beforeDate: formatDate(before.meta.date) }), m('check.issue-order-hint')));
    }
  });
  const bySerial = issues.filter((i) => i.meta.serial !== undefined).sort((a, b) => (a.meta.serial ?? 0) - (b.meta.serial ?? 0));
  bySerial.forEach((i, n) => {
    const before = bySerial[n - 1];
    // Within a year the issue order above has said it already.
    if (!before || before.meta.year === i.meta.year || compareDates(i.meta.date, before.meta.date) >= 0) return;
    found.push(diagnostic(i, 'date', 'error', 'archive/date-order', m('check.date-order', { serial: i.meta.serial ?? 0, date: formatDate(i.meta.date), before: before.meta.serial ?? 0, other: name(i, before), beforeDate: formatDate(before.meta.date) }), m('check.date-order-hint')));
  });
  return found;
}

function fileNames(issues: readonly NumberedIssue[]): Diagnostic[] {
  return issues.flatMap((i) => {
    const match = /^(\d{4})-(\d{1,3})\.md$/i.exec(path.basename(i.file));
    // Only files named the archive's way are checked: another naming is the archive's choice.
    if (!match || (Number(match[1]) === i.meta.year && Number(match[2]) === i.meta.issue)) return [];
    const expected = issueFileName(i.meta.year, i.meta.issue);
    return [diagnostic(i, 'issue', 'error', 'archive/file-name', m('check.file-name', { named: `${Number(match[1])}年第${Number(match[2])}期`, label: label(i.meta) }), m('check.file-name-hint', { expected }))];
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
