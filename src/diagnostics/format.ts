import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { msg, render } from '../messages/catalogue.js';
import { currentLanguage, type Language } from '../messages/language.js';
import type { Diagnostic } from './diagnostic.js';
import { escapeControls } from './escapeControls.js';

/** Options of the diagnostic reporter. */
export interface FormatOptions {
  /** Colour the severity word and the hint label. */
  readonly color: boolean;
  /** Print files relative to this folder when they lie inside it (optional). */
  readonly cwd?: string;
  /** The language of the words (optional, default: the one the CLI set). */
  readonly language?: Language;
}

/**
 * One diagnostic as text: `file:line:col: error: message`, plus `  hint: …` on a second line when
 * there is a hint. A line of 0 means the whole file, so only the file is printed.
 *
 * @param d The diagnostic.
 * @param options Colour and the folder paths are relative to.
 * @returns One or two lines, without a trailing newline.
 */
export function formatDiagnostic(d: Diagnostic, options: FormatOptions): string {
  const chalk = chalkFor(options.color);
  const language = options.language ?? currentLanguage();
  const severity =
    d.severity === 'error' ? chalk.bold.red(render(msg('cli.label-error'), language)) : chalk.bold.yellow(render(msg('cli.label-warning'), language));
  const message = d.text && language !== 'en' ? render(d.text.message, language) : d.message;
  const hint = d.text?.hint && language !== 'en' ? render(d.text.hint, language) : d.hint;
  // Text from the input (a field name, a file name) may hold escape sequences: never send them raw.
  const head = `${escapeControls(location(d, options.cwd))}: ${severity}: ${escapeControls(message)}`;
  return hint === undefined ? head : `${head}\n  ${chalk.cyan(render(msg('cli.label-hint'), language))}: ${escapeControls(hint)}`;
}

/**
 * Several diagnostics as text, one after the other.
 *
 * @param list The diagnostics, printed in the given order.
 * @param options Colour and the folder paths are relative to.
 * @returns The lines joined with newlines; empty for an empty list.
 */
export function formatDiagnostics(list: readonly Diagnostic[], options: FormatOptions): string {
  return list.map((d) => formatDiagnostic(d, options)).join('\n');
}

/**
 * Whether to colour output written to `stream`.
 *
 * FORCE_COLOR wins over NO_COLOR (as in Node itself): `FORCE_COLOR=0`/`false` turns colour off,
 * any other value on. Then a non-empty NO_COLOR (no-color.org) turns it off; otherwise colour
 * is used on a terminal that is not `TERM=dumb`.
 *
 * @param stream The stream the text goes to, e.g. `process.stderr`.
 * @param env The environment (optional, default `process.env`).
 * @returns `true` to colour.
 */
export function useColor(
  stream: { readonly isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

// An explicit level, not chalk's default instance: that one sniffs the process's own stdout,
// which would make the text depend on where the tests run.
const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

function chalkFor(color: boolean): ChalkInstance {
  return color ? coloured : plain;
}

function location(d: Diagnostic, cwd: string | undefined): string {
  const file = displayPath(d.file, cwd);
  if (d.line <= 0) return file;
  if (d.column <= 0) return `${file}:${d.line}`;
  return `${file}:${d.line}:${d.column}`;
}

function displayPath(file: string, cwd: string | undefined): string {
  if (cwd === undefined || !path.isAbsolute(file)) return file;
  const relative = path.relative(cwd, file);
  // Outside cwd, `../../x` is harder to read than the absolute path.
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return file;
  return relative;
}
