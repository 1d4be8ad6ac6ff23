import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import { LIMITS } from './limits.js';
import { proseLines } from './proseLines.js';
import { bodyStart } from './scanSize.js';

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
  for (const { text: row, line, newParagraph } of proseLines(text, bodyStart(text))) {
    if (newParagraph) counts.clear();
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
  }
  return undefined;
}
