import type { Text } from 'mdast';
import type { Inline } from '../model/document.js';
import type { ConvertContext } from './convertContext.js';
import { dropsSoftBreak, firstChar, lastChar } from './softBreak.js';
import { spanOf } from './sourceSpan.js';
import type { Neighbours } from './textNeighbours.js';

type TextInline = Extract<Inline, { kind: 'text' }>;

/**
 * Turn an mdast text node into model text inlines, one per source line (document.ts: a text
 * inline never spans lines). Each soft line break is dropped between Han characters and CJK
 * punctuation (docs/layout.md B.4) and otherwise becomes one space at the end of the line before it.
 * Nothing else in the text changes: spaces and half-width marks are the typesetter's business.
 *
 * @param node The text node; its value may contain line endings.
 * @param neighbours The characters around the node, for breaks at its edges.
 * @param ctx The file and its source lines.
 * @returns Zero or more text inlines.
 */
export function splitText(node: Text, neighbours: Neighbours, ctx: ConvertContext): TextInline[] {
  const span = spanOf(node, ctx.file);
  const parts = node.value.split(/\r\n|\r|\n/);
  if (parts.length === 1) return node.value === '' ? [] : [{ kind: 'text', value: node.value, span }];

  const last = parts.length - 1;
  const result: TextInline[] = [];
  parts.forEach((part, i) => {
    const line = span.start.line + i;
    const source = ctx.lines[line - 1] ?? '';
    const column =
      i === 0 ? span.start.column : columnOf(source, part, i === last ? span.end.column - 1 : source.trimEnd().length);
    let value = part;
    if (i < last) {
      const next = parts[i + 1] ?? '';
      const before = part === '' ? neighbours.before : lastChar(part);
      const after = next === '' && i + 1 === last ? neighbours.after : firstChar(next);
      if (!dropsSoftBreak(before, after)) value += ' ';
    }
    if (value === '') return;
    result.push({
      kind: 'text',
      value,
      span: { file: ctx.file, start: { line, column }, end: { line, column: column + value.length } },
    });
  });
  return result;
}

/**
 * The 1-based column where `part` starts on a continuation line. mdast strips container
 * markers (`> `, list indentation) and leading spaces, so the part is looked up where it must
 * end; escapes and entities (`\*`, `&amp;`) make the text differ from the source, and then the
 * first character after the markers is the best estimate.
 */
function columnOf(source: string, part: string, end: number): number {
  const start = end - part.length;
  if (start >= 0 && source.slice(start, end) === part) return start + 1;
  return (/^[\s>]*/.exec(source)?.[0].length ?? 0) + 1;
}
