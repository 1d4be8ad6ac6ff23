import type { Node } from 'unist';
import type { SourcePoint, SourceSpan } from '../model/source.js';

const nowhere: SourcePoint = { line: 0, column: 0 };

/**
 * The model span of an mdast node.
 *
 * @param node A node from the parser (generated nodes without a position get line 0).
 * @param file Absolute path of the source file.
 * @returns Where the node starts and ends.
 */
export function spanOf(node: Node, file: string): SourceSpan {
  const position = node.position;
  if (position === undefined) return { file, start: nowhere, end: nowhere };
  return {
    file,
    start: { line: position.start.line, column: position.start.column },
    end: { line: position.end.line, column: position.end.column },
  };
}
