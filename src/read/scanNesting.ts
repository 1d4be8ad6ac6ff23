import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import { LIMITS } from './limits.js';
import { proseLines } from './proseLines.js';

const thematicBreak = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const orderedMarker = /^[0-9]{1,9}[.)](?=[ \t]|$)/;

/**
 * Look for nesting too deep to parse before the Markdown parser sees it. micromark's cost grows
 * with the depth of block quotes and lists on every line (a list 400 levels deep takes 13 s to
 * parse, 1,000 levels take 90 s) and with the length of matched emphasis runs (5,000 `*` on
 * each side of a word take 6 s), so these are refused from the text itself.
 *
 * Each line's container prefix is measured (`>` marks, list markers, and its indentation at
 * two columns a level); lines inside a fenced code block that starts at the margin are skipped.
 * Two runs of the same emphasis mark longer than twice the limit in one paragraph would nest
 * deeper than the limit. This bounds the depth from above: the exact depth is checked after
 * parsing ({@link checkNesting}).
 *
 * @param text The Markdown source.
 * @param file Path of the issue, for the diagnostic.
 * @param limit Levels allowed (optional, default {@link LIMITS.nesting}).
 * @returns An error at the first line past the limit, or `undefined`.
 */
export function scanNesting(text: string, file: string, limit: number = LIMITS.nesting): Diagnostic | undefined {
  const longRun = new RegExp(`\\*{${2 * limit + 1},}|_{${2 * limit + 1},}`, 'g');
  let runs = new Map<string, { line: number; column: number }>();
  for (const { text: line, line: number, newParagraph } of proseLines(text)) {
    const place = (column: number) => ({ file, line: number, column, severity: 'error' as const, rule: 'limits/nesting' });
    if (newParagraph) runs = new Map();
    if (prefixDepth(line) > limit) return diagnostic(place(1), m('limits.indent-too-deep', { limit }), m('limits.nesting-hint'));
    for (const match of line.matchAll(longRun)) {
      const mark = match[0][0] ?? '';
      const first = runs.get(mark);
      if (first !== undefined) return diagnostic({ ...place(first.column), line: first.line }, m('limits.emphasis-run', { limit }), m('limits.nesting-hint'));
      runs.set(mark, { line: number, column: match.index + 1 });
    }
  }
  return undefined;
}

/**
 * An upper bound of the levels of block quotes and lists a line is in: its `>` marks and list
 * markers, plus its indentation at two columns a level (a nested list item is indented by at
 * least two columns per level). The space after a `>` and after a list marker belongs to it.
 */
function prefixDepth(line: string): number {
  let depth = 0;
  let indent = 0;
  let after: 'start' | 'quote' | 'marker' = 'start';
  let i = 0;
  while (i < line.length) {
    let width = 0;
    for (; line[i] === ' ' || line[i] === '\t'; i++) width = line[i] === '\t' ? width + 4 - (width % 4) : width + 1;
    if (after === 'start') indent += width;
    else if (after === 'quote') indent += Math.max(0, width - 1);
    const rest = line.slice(i, i + 12);
    if (rest.startsWith('>')) {
      depth++;
      after = 'quote';
      i++;
      continue;
    }
    if (/^[-+*](?=[ \t]|$)/.test(rest) && !thematicBreak.test(line.slice(i))) {
      depth++;
      after = 'marker';
      i++;
      continue;
    }
    const ordered = orderedMarker.exec(rest)?.[0];
    if (ordered !== undefined) {
      depth++;
      after = 'marker';
      i += ordered.length;
      continue;
    }
    break;
  }
  return depth + Math.floor(indent / 2);
}
