import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import { LIMITS } from './limits.js';
import { bodyStart } from './scanSize.js';

const fence = /^ {0,3}(`{3,}|~{3,})/;
const MARKS = ['*', '_', '['] as const;

/**
 * Refuse a paragraph with more emphasis marks or link brackets of one kind than the Markdown
 * parser pairs in bounded time, before it sees them. Paragraphs are runs of non-blank lines;
 * fenced code blocks, where the marks mean nothing, and the front matter (YAML) are skipped.
 *
 * @param text The Markdown source.
 * @param file Path of the issue, for the diagnostic.
 * @param limit Marks of each kind allowed in a paragraph (optional, default {@link LIMITS.marksPerParagraph}).
 * @returns An error at the first mark past the limit, or `undefined`.
 */
export function scanMarks(text: string, file: string, limit: number = LIMITS.marksPerParagraph): Diagnostic | undefined {
  const counts = new Map<string, number>();
  let open: string | undefined;
  const body = bodyStart(text);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < body; i = text.indexOf('\n', i + 1)) line++;
  for (let start = body; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const row = text.slice(start, end);
    start = end + 1;
    if (open !== undefined) {
      const closing = fence.exec(row)?.[1];
      if (closing !== undefined && closing[0] === open[0] && closing.length >= open.length && row.trim() === closing) open = undefined;
      continue;
    }
    const opening = fence.exec(row)?.[1];
    if (opening !== undefined) {
      open = opening;
      counts.clear();
      continue;
    }
    if (row.trim() === '') {
      counts.clear();
      continue;
    }
    for (let i = 0; i < row.length; i++) {
      const ch = row[i] as string;
      if (!(MARKS as readonly string[]).includes(ch)) continue;
      const n = (counts.get(ch) ?? 0) + 1;
      counts.set(ch, n);
      if (n > limit) {
        return diagnostic(
          { file, line, column: i + 1, severity: 'error', rule: 'limits/too-many-marks' },
          m('limits.too-many-marks', { mark: ch, limit }),
          m('limits.too-many-marks-hint'),
        );
      }
    }
    if (end === text.length) break;
  }
  return undefined;
}
