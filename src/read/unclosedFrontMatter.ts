import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';

const OPENING = /^---[ \t]*\r?\n/;
// What a clerk types for `---` with a Chinese input method, or one hyphen too many or too few:
// `———`, `－－－`, `——`, `----`, `--`.
const LOOKALIKE = /^[ \t]*(?:[-—－–─]{2,}|[-—－](?:[ \t][-—－]){2,})[ \t]*$/u;

/**
 * The error for an issue whose first line `---` opens front matter that no line `---` closes: the
 * Markdown reader then sees no front matter at all, and every field would be called missing.
 *
 * @param file The issue, for the diagnostic.
 * @param text The text, which was found to have no front matter.
 * @returns The error (rule `front-matter/unclosed`), at a line that looks like a mistyped closing
 *   `---` when there is one, else at the opening line; `undefined` when the text opens none.
 */
export function unclosedFrontMatter(file: string, text: string): Diagnostic | undefined {
  if (!OPENING.test(text)) return undefined;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index === 0) continue;
    const trimmed = line.replace(/\r$/, '');
    if (trimmed.trim() === '') continue;
    if (LOOKALIKE.test(trimmed)) {
      const place = { file, line: index + 1, column: 1, severity: 'error', rule: 'front-matter/unclosed' } as const;
      return diagnostic(place, m('encoding.full-width-fence', { written: trimmed.trim() }), m('encoding.full-width-fence-hint'));
    }
    // The front matter is over at the first line that is no YAML field, list item or continuation:
    // a heading or the body's prose. A look-alike further down is not the closing line.
    if (/^#{1,6}\s|^>/.test(trimmed)) break;
  }
  const place = { file, line: 1, column: 1, severity: 'error', rule: 'front-matter/unclosed' } as const;
  return diagnostic(place, m('encoding.unclosed-front-matter'), m('encoding.unclosed-front-matter-hint'));
}
