import type { IssueDate } from '../model/document.js';

/**
 * The date of `SOURCE_DATE_EPOCH` (seconds since 1970, read in UTC), which `new` and `init` take
 * for "today" so that a scripted or CI run writes the same files every time; undefined when it is
 * not set, not a whole number or outside the years a front matter can hold.
 */
export function sourceDate(env: NodeJS.ProcessEnv): IssueDate | undefined {
  const value = env['SOURCE_DATE_EPOCH'];
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  const date = new Date(Number(value) * 1000);
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 1000 || year > 9999) return undefined;
  return { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
