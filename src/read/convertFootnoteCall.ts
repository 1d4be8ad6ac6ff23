import type { FootnoteReference } from 'mdast';
import type { Inline } from '../model/document.js';
import type { ConvertContext } from './convertContext.js';
import { undefinedFootnote } from './reportUndefinedCalls.js';
import { spanOf } from './sourceSpan.js';

/**
 * Turn a footnote call `[^label]` into a `footnoteRef` inline, numbering its note: the first
 * note called is 1, the next new one 2, and a note called again keeps its number.
 *
 * @param node The mdast footnote reference.
 * @param ctx The footnote definitions and numbers so far, and the diagnostics list.
 * @returns The call, or nothing (with an error) when its note has no definition.
 */
export function convertFootnoteCall(node: FootnoteReference, ctx: ConvertContext): Inline[] {
  const span = spanOf(node, ctx.file);
  const label = node.label ?? node.identifier;
  // The parser only makes a call of `[^label]` when the label is defined, so this is a safeguard.
  if (!ctx.footnoteDefinitions.has(node.identifier)) {
    ctx.diagnostics.push(undefinedFootnote(label, span.start, ctx.file));
    return [];
  }
  let number = ctx.footnoteNumbers.get(node.identifier);
  if (number === undefined) {
    number = ctx.footnoteNumbers.size + 1;
    ctx.footnoteNumbers.set(node.identifier, number);
  }
  return [{ kind: 'footnoteRef', label, number, span }];
}
