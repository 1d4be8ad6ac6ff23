import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Inline } from '../model/document.js';
import type { SourcePoint } from '../model/source.js';
import type { ConvertContext } from './convertContext.js';

type TextInline = Extract<Inline, { kind: 'text' }>;

// GFM footnote labels hold no white space and no `]`.
const call = /\[\^([^\]\s]+)\]/gu;

/**
 * Report footnote calls whose note is not defined. The parser leaves such a `[^label]` as
 * plain text (as it does an undefined link reference), so it is found in the text; an escaped
 * `\[^label]` is literal text on purpose and is not reported.
 *
 * @param texts Text inlines of one text node, as split by line.
 * @param ctx The source lines and the diagnostics list.
 */
export function reportUndefinedCalls(texts: readonly TextInline[], ctx: ConvertContext): void {
  const reported = new Set<string>();
  for (const text of texts) {
    for (const match of text.value.matchAll(call)) {
      const line = text.span.start.line;
      const column = sourceColumn(ctx.lines[line - 1] ?? '', match[0], text.span.start.column + match.index);
      if (column === undefined || reported.has(`${line}:${column}`)) continue;
      reported.add(`${line}:${column}`);
      ctx.diagnostics.push(undefinedFootnote(match[1] ?? '', { line, column }, ctx.file));
    }
  }
}

/** The error for a call of a footnote that has no definition. */
export function undefinedFootnote(label: string, at: SourcePoint, file: string): Diagnostic {
  return diagnostic(
    { file, ...at, severity: 'error', rule: 'markdown/undefined-footnote' },
    m('read.undefined-footnote', { label }),
    m('read.undefined-footnote-hint', { label }),
  );
}

/**
 * Where `written` really is on its source line. The expected column is exact unless escapes or
 * entities came before it in the same text, which only ever push the source text to the right.
 *
 * @returns The 1-based column, or `undefined` when the call is escaped.
 */
function sourceColumn(source: string, written: string, expected: number): number | undefined {
  let index = source.indexOf(written, Math.max(0, expected - 1));
  while (index !== -1 && source[index - 1] === '\\') index = source.indexOf(written, index + 1);
  return index === -1 ? undefined : index + 1;
}
