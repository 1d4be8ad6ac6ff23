import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isMessageKey, type MessageRef } from '../messages/catalogue.js';
import type { IssueSummary } from '../build/issueSummary.js';
import type { ManifestEntry } from './manifest.js';

// A manifest is a file on disk: edited by hand, cut short by a full disk, or left by another
// version. Every value is checked before it is trusted, so a damaged entry costs a rebuild, never a crash.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringMap(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}

function messageRef(value: unknown): MessageRef | undefined {
  if (!isRecord(value) || typeof value['key'] !== 'string' || !isMessageKey(value['key'])) return undefined;
  const params = value['params'];
  if (params !== undefined && !(isRecord(params) && Object.values(params).every((p) => typeof p === 'string' || typeof p === 'number'))) return undefined;
  return value as unknown as MessageRef;
}

/** A recorded warning, without its catalogue references when they name no message this version has. */
function warning(value: unknown): Diagnostic | undefined {
  if (!isRecord(value)) return undefined;
  const { file, line, column, severity, rule, message, hint, text } = value;
  if (typeof file !== 'string' || typeof rule !== 'string' || typeof message !== 'string') return undefined;
  if (!Number.isInteger(line) || !Number.isInteger(column) || (severity !== 'error' && severity !== 'warning')) return undefined;
  if (hint !== undefined && typeof hint !== 'string') return undefined;
  const d: Diagnostic = { file, line: line as number, column: column as number, severity, rule, message, ...(hint !== undefined ? { hint } : {}) };
  if (!isRecord(text)) return d;
  const words = messageRef(text['message']);
  const hintWords = text['hint'] === undefined ? undefined : messageRef(text['hint']);
  if (words === undefined || (text['hint'] !== undefined && hintWords === undefined)) return d;
  return { ...d, text: hintWords === undefined ? { message: words } : { message: words, hint: hintWords } };
}

const isWhole = (v: unknown): v is number => Number.isInteger(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** A recorded summary, if it has every field of the right type. */
function summary(value: unknown): IssueSummary | undefined {
  if (!isRecord(value)) return undefined;
  const { year, issue, serial, date, title, articles, sections } = value;
  if (!isWhole(year) || !isWhole(issue) || (serial !== undefined && !isWhole(serial))) return undefined;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || typeof title !== 'string' || !isStrings(articles) || !isStrings(sections)) return undefined;
  return { year, issue, ...(serial !== undefined ? { serial } : {}), date, title, articles, sections };
}

/**
 * A manifest entry read from disk, if it has the shape bulletin writes.
 *
 * @param value One value of the manifest's `issues`.
 * @returns The entry, or `undefined` when any part of it is missing or of the wrong type.
 */
export function parseManifestEntry(value: unknown): ManifestEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { settings, template, inputs, outputs, warnings } = value;
  const recorded = value['summary'] === undefined ? undefined : summary(value['summary']);
  if (value['summary'] !== undefined && recorded === undefined) return undefined;
  if (typeof settings !== 'string' || typeof template !== 'string' || !isStringMap(inputs) || !isStringMap(outputs) || !Array.isArray(warnings)) return undefined;
  const checked = warnings.map(warning);
  if (checked.some((w) => w === undefined)) return undefined;
  return { settings, template, inputs, outputs, warnings: checked as Diagnostic[], ...(recorded ? { summary: recorded } : {}) };
}
