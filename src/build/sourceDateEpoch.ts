/** The last second a PDF date (`D:YYYYMMDDHHmmSS`, four-digit year) can hold: 9999-12-31T23:59:59Z. */
export const MAX_SOURCE_DATE_EPOCH = 253_402_300_799;

/**
 * Reads SOURCE_DATE_EPOCH (reproducible-builds.org): seconds since 1970 as a whole number.
 * The specification asks a build to fail on a malformed value rather than guess.
 *
 * @param value The variable's value (optional: unset or empty means none).
 * @returns The seconds, `undefined` when unset, or `'invalid'` when malformed or past 9999.
 */
export function parseSourceDateEpoch(value: string | undefined): number | undefined | 'invalid' {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) return 'invalid';
  const seconds = Number(value);
  return seconds <= MAX_SOURCE_DATE_EPOCH ? seconds : 'invalid';
}

/** Whether `seconds` can be a build date: a whole number from 0 to {@link MAX_SOURCE_DATE_EPOCH}. */
export function isSourceDateEpoch(seconds: number): boolean {
  return Number.isInteger(seconds) && seconds >= 0 && seconds <= MAX_SOURCE_DATE_EPOCH;
}
