import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import { LIMITS } from './limits.js';

/**
 * Refuse an issue longer than bulletin sets within its time bound, before the Markdown parser
 * sees it: parsing alone grows with the text (a 1 MB line of mixed markup takes half a minute),
 * so this must be decided from the text itself.
 *
 * @param text The issue's source; its front matter is not counted (the masthead sets what fits
 *   of each field and reports the rest).
 * @param file Path of the issue, for the diagnostic.
 * @param limit Characters allowed (optional, default {@link LIMITS.issueCharacters}).
 * @returns An error at the line where the text passes the limit, or `undefined`.
 */
export function scanSize(text: string, file: string, limit: number = LIMITS.issueCharacters): Diagnostic | undefined {
  const start = bodyStart(text);
  if (text.length - start <= limit) return undefined;
  const end = start + limit;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return diagnostic(
    { file, line, column: end - lineStart + 1, severity: 'error', rule: 'limits/issue-too-long' },
    m('limits.issue-too-long', { limit }),
    m('limits.issue-too-long-hint'),
  );
}

/** Where the body begins: after a front matter that opens on the first line and closes, else 0. */
export function bodyStart(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (open === null) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const found = close.exec(rest);
  return found === null ? 0 : open[0].length + found.index + found[0].length;
}
