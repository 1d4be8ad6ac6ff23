/**
 * A short description of a value the author wrote, to end "must be …, not …" messages:
 * strings in double quotes (long ones shortened), numbers as written, lists and mappings by kind.
 *
 * @param value A value read from YAML or given by a caller.
 * @returns E.g. `"four"`, `4.5`, `true`, `empty`, `a list`, `a mapping`.
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') {
    const chars = Array.from(value);
    return `"${chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : value}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (value instanceof Date) return 'a date-time';
  return 'a mapping';
}
