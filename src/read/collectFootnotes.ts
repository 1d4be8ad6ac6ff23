import type { Footnote, Paragraph } from '../model/document.js';
import { convertBlocks } from './convertBlocks.js';
import type { ConvertContext } from './convertContext.js';
import { spanOf } from './sourceSpan.js';
import { diagnostic, m } from '../diagnostics/diagnostic.js';

const blockNames: Readonly<Record<string, string>> = {
  heading: 'heading',
  quote: 'block quote',
  editorsNote: 'block quote',
  list: 'list',
  codeBlock: 'code block',
  thematicBreak: 'rule',
  figure: 'figure',
  table: 'table',
};

/**
 * The notes of the footnotes called in the body, in the order of their numbers. Run after the
 * body is converted: a note may call another note, which then gets the next number.
 *
 * A note holds paragraphs only (it is set in one small size at the foot of the page); other
 * blocks in it are left out with a warning. A definition that is never called is left out with a
 * warning too, since it is probably a call the author forgot.
 *
 * @param ctx The footnote definitions and the numbers given while converting the body.
 * @returns The footnotes, numbered 1, 2, 3…
 */
export function collectFootnotes(ctx: ConvertContext): Footnote[] {
  const notes: Footnote[] = [];
  // Map iteration also visits entries added during the loop: notes called from notes.
  for (const [identifier, number] of ctx.footnoteNumbers) {
    const definition = ctx.footnoteDefinitions.get(identifier);
    if (definition === undefined) continue;
    const paragraphs: Paragraph[] = [];
    for (const block of convertBlocks(definition.children, ctx)) {
      if (block.kind === 'paragraph') paragraphs.push(block);
      else {
        ctx.diagnostics.push(
          diagnostic(
            { file: ctx.file, line: block.span.start.line, column: block.span.start.column, severity: 'warning', rule: 'markdown/footnote-content' },
            m('read.footnote-content', { block: blockNames[block.kind] ?? 'block' }),
            m('read.footnote-content-hint'),
          ),
        );
      }
    }
    notes.push({ label: definition.label ?? identifier, number, paragraphs, span: spanOf(definition, ctx.file) });
  }
  for (const [identifier, definition] of ctx.footnoteDefinitions) {
    if (ctx.footnoteNumbers.has(identifier)) continue;
    const { start } = spanOf(definition, ctx.file);
    const label = definition.label ?? identifier;
    ctx.diagnostics.push(
      diagnostic(
        { file: ctx.file, line: start.line, column: start.column, severity: 'warning', rule: 'markdown/unused-footnote' },
        m('read.unused-footnote', { label }),
        m('read.unused-footnote-hint', { label }),
      ),
    );
  }
  return notes;
}
