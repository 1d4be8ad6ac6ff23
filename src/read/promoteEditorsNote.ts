import type { Block, EditorsNote, Paragraph } from '../model/document.js';
import type { ConvertContext } from './convertContext.js';
import { plainText } from './plainText.js';
import { diagnostic, m } from '../diagnostics/diagnostic.js';

// docs/layout.md A.3: the editor's note is labelled 编者按 (or 按语), usually in bold: `> **编者按：**…`.
// A template may name other labels (`editorsNote.labels`, e.g. 按).
const DEFAULT_LABELS: readonly string[] = ['编者按', '按语'];

/**
 * Turn the first top-level block quote whose text starts with 编者按 or 按语 into the editor's
 * note. Its label stays a `strong` inline; blocks other than paragraphs are left out with a warning.
 *
 * @param blocks Top-level model blocks.
 * @param ctx Where warnings go.
 * @param labels Words that open the editor's note (default 编者按, 按语).
 * @returns The blocks, with at most one `quote` replaced by an `editorsNote`.
 */
export function promoteEditorsNote(blocks: readonly Block[], ctx: ConvertContext, labels: readonly string[] = DEFAULT_LABELS): Block[] {
  const index = blocks.findIndex((b) => isEditorsNote(b, labels));
  const quote = blocks[index];
  if (quote?.kind !== 'quote') return [...blocks];
  const paragraphs: Paragraph[] = [];
  for (const child of quote.children) {
    if (child.kind === 'paragraph') {
      paragraphs.push(child);
      continue;
    }
    ctx.diagnostics.push(
      diagnostic(
        { file: ctx.file, line: child.span.start.line, column: child.span.start.column, severity: 'warning', rule: 'markdown/editors-note-content' },
        m('read.editors-note-content'),
      ),
    );
  }
  const note: EditorsNote = { kind: 'editorsNote', paragraphs, span: quote.span };
  return [...blocks.slice(0, index), note, ...blocks.slice(index + 1)];
}

function isEditorsNote(block: Block, labels: readonly string[]): boolean {
  const first = block.kind === 'quote' ? block.children[0] : undefined;
  if (first?.kind !== 'paragraph') return false;
  const text = plainText(first.children).trimStart();
  return labels.some((label) => label !== '' && text.startsWith(label));
}
