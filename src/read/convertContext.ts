import type { FootnoteDefinition } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FigureProbes } from './probeFigures.js';

/** What converting mdast to model nodes needs besides the nodes themselves. */
export interface ConvertContext {
  /** Absolute path of the issue, for spans and diagnostics. */
  readonly file: string;
  /** The source split into lines, to place text that continues on a later line. */
  readonly lines: readonly string[];
  /** Link reference definitions (`[id]: url`), by normalised identifier. */
  readonly definitions: ReadonlyMap<string, string>;
  /** The checked file of every figure image ({@link probeFigures}, run before converting). */
  readonly figures: FigureProbes;
  /** Footnote definitions (`[^id]: text`), by normalised identifier. */
  readonly footnoteDefinitions: ReadonlyMap<string, FootnoteDefinition>;
  /**
   * The number of each footnote called so far, by identifier: 1, 2, 3… in order of first call.
   * Converting a call adds its note here; insertion order is number order.
   */
  readonly footnoteNumbers: Map<string, number>;
  /** Warnings and errors found while converting are appended here. */
  readonly diagnostics: Diagnostic[];
}
