import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** What converting mdast to model nodes needs besides the nodes themselves. */
export interface ConvertContext {
  /** Absolute path of the issue, for spans and diagnostics. */
  readonly file: string;
  /** The source split into lines, to place text that continues on a later line. */
  readonly lines: readonly string[];
  /** Link reference definitions (`[id]: url`), by normalised identifier. */
  readonly definitions: ReadonlyMap<string, string>;
  /** Warnings found while converting are appended here. */
  readonly diagnostics: Diagnostic[];
}
