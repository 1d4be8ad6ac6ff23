import type { IssueDate } from '../model/document.js';

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Read a `YYYY-MM-DD` date, rejecting days that do not exist (2014-02-30, 2014-13-01).
 *
 * @param text The date as written.
 * @returns The date, or `undefined` when it is not a real `YYYY-MM-DD` date.
 */
export function parseIssueDate(text: string): IssueDate | undefined {
  const match = pattern.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // UTC so no local time zone or daylight-saving shift can move the day.
  const probe = new Date(Date.UTC(year, month - 1, day));
  probe.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999.
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : undefined;
}
