import { InvalidArgumentError } from 'commander';
import { t } from '../../messages/catalogue.js';

/** Parses a whole number ≥ 1 (`--issue 4`); anything else is a usage error naming the option. */
export function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1) throw new InvalidArgumentError(t('archive.bad-number'));
  return Number(value);
}
