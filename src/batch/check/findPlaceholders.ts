import { diagnostic, m, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { PLACEHOLDER_TEXTS } from '../issueSkeleton.js';
import { SourceLines } from './sourceLines.js';

/**
 * Finds the placeholder texts that `bulletin init` and `bulletin new` write (an issue's skeleton,
 * a new bulletin.yaml) still left in a file: a warning at each, since the file builds as it is and
 * would print them.
 *
 * @param file The file's path, for the diagnostics.
 * @param text The file's text.
 */
export function findPlaceholders(file: string, text: string): Diagnostic[] {
  const found: Array<{ offset: number; text: string }> = [];
  for (const placeholder of PLACEHOLDER_TEXTS) {
    for (let at = text.indexOf(placeholder); at !== -1; at = text.indexOf(placeholder, at + placeholder.length)) {
      // Longest first: a shorter placeholder inside a longer one already found is not another.
      if (!found.some((f) => at >= f.offset && at < f.offset + f.text.length)) found.push({ offset: at, text: placeholder });
    }
  }
  const lines = new SourceLines(text);
  return found
    .sort((a, b) => a.offset - b.offset)
    .map((f) =>
      diagnostic(
        { file, ...lines.position(f.offset), severity: 'warning', rule: 'check/placeholder' },
        m('archive.placeholder', { text: f.text }),
        m('archive.placeholder-hint'),
      ),
    );
}
