import type { FootnoteDefinition, Nodes } from 'mdast';
import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import { spanOf } from './sourceSpan.js';

/** The outcome of {@link collectFootnoteDefinitions}. */
export interface FootnoteDefinitions {
  /** Definitions by normalised identifier; the first of a repeated identifier wins. */
  readonly definitions: ReadonlyMap<string, FootnoteDefinition>;
  /** A warning for each repeated definition. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The footnote definitions of a document (`[^id]: text`), wherever they are written: at the
 * end, after the paragraph that calls them, or inside a block quote or list.
 *
 * @param tree An mdast tree.
 * @param file Absolute path of the issue, for diagnostics.
 * @returns The definitions, and warnings for identifiers defined twice.
 */
export function collectFootnoteDefinitions(tree: Nodes, file: string): FootnoteDefinitions {
  const definitions = new Map<string, FootnoteDefinition>();
  const diagnostics: Diagnostic[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteDefinition') {
      const first = definitions.get(node.identifier);
      if (first === undefined) definitions.set(node.identifier, node);
      else diagnostics.push(repeated(node, first, file));
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return { definitions, diagnostics };
}

function repeated(node: FootnoteDefinition, first: FootnoteDefinition, file: string): Diagnostic {
  const { start } = spanOf(node, file);
  const label = node.label ?? node.identifier;
  return diagnostic(
    { file, line: start.line, column: start.column, severity: 'warning', rule: 'markdown/duplicate-footnote' },
    // As with link definitions in CommonMark, the first one counts.
    m('read.duplicate-footnote', { label, line: spanOf(first, file).start.line }),
    m('read.duplicate-footnote-hint', { label }),
  );
}
