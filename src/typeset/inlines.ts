import type { Inline } from '../model/document.js';
import { plainText } from '../read/plainText.js';
import type { SourceSpan } from '../model/source.js';
import type { TextPiece } from './segment.js';
import { noteMarks, type NoteMarks } from './noteMarks.js';
import type { Origin, TextStyle } from './types.js';

/** The styles inline markup maps to (docs/layout.md A.3: strong in Hei, emphasis in Kai). */
export interface InlineStyles {
  readonly base: TextStyle;
  readonly strong: TextStyle;
  readonly emphasis: TextStyle;
  /** Code spans (default: the base style). */
  readonly code?: TextStyle;
  /** Footnote marks (default: {@link circledNumber}; shaperNoteMarks gives those the fonts have). */
  readonly noteMark?: NoteMarks;
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
          (lines.at(-1) as TextPiece[]).push({ text: node.value, style, origin: originOf(node.span) });
          break;
        case 'code':
          (lines.at(-1) as TextPiece[]).push({ text: node.value, style: styles.code ? { ...style, role: styles.code.role } : style, origin: originOf(node.span) });
          break;
        case 'strong':
          walk(node.children, { ...styles.strong, size: style.size, colour: style.colour });
          break;
        case 'emphasis':
          walk(node.children, { ...styles.emphasis, size: style.size, colour: style.colour });
          break;
        case 'link':
          walk(node.children, { ...style, link: node.url });
          break;
        case 'footnoteRef':
          // ①②③ at the call, small and raised (issue 6).
          (lines.at(-1) as TextPiece[]).push({
            text: (styles.noteMark ?? circledNumber)(node.number),
            style: { ...style, size: style.size * 0.6, rise: style.size * 0.38, note: node.number },
            origin: originOf(node.span),
          });
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

const bundledMarks = noteMarks();

/** ① for 1 … ⑳ for 20; beyond, [21]: the marks every bundled face has (noteMarks.ts). */
export function circledNumber(n: number): string {
  return bundledMarks(n);
}

/** The plain text of inlines on one line (headings in bookmarks, contents entries). */
export function inlineText(inlines: readonly Inline[]): string {
  return plainText(inlines).replace(/\n/g, ' ');
}
