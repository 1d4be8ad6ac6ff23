import type { Inline } from '../model/document.js';
import type { SourceSpan } from '../model/source.js';
import type { TextPiece } from './segment.js';
import type { Origin, TextStyle } from './types.js';

/** The styles inline markup maps to (LAYOUT.md A.3: strong in Hei, emphasis in Kai). */
export interface InlineStyles {
  readonly base: TextStyle;
  readonly strong: TextStyle;
  readonly emphasis: TextStyle;
}

export function originOf(span: SourceSpan): Origin {
  return { file: span.file, line: span.start.line, column: span.start.column };
}

/**
 * Flattens inlines into styled pieces, one list per hard line break (a `break` inline ends a
 * line the way a new paragraph would, without the indent).
 */
export function inlinePieces(inlines: readonly Inline[], styles: InlineStyles): TextPiece[][] {
  const lines: TextPiece[][] = [[]];
  const walk = (nodes: readonly Inline[], style: TextStyle): void => {
    for (const node of nodes) {
      switch (node.kind) {
        case 'text':
        case 'code':
          (lines.at(-1) as TextPiece[]).push({ text: node.value, style, origin: originOf(node.span) });
          break;
        case 'strong':
          walk(node.children, { ...styles.strong, size: style.size, colour: style.colour });
          break;
        case 'emphasis':
          walk(node.children, { ...styles.emphasis, size: style.size, colour: style.colour });
          break;
        case 'link':
          walk(node.children, style);
          break;
        case 'break':
          lines.push([]);
          break;
      }
    }
  };
  walk(inlines, styles.base);
  return lines;
}

/** The plain text of inlines (headings in bookmarks). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((n) => (n.kind === 'text' || n.kind === 'code' ? n.value : n.kind === 'break' ? ' ' : inlineText(n.children))).join('');
}
