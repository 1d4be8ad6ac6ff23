import type { MessageRef } from '../../diagnostics/diagnostic.js';
import type { TextEdit } from './textEdit.js';

/** A typographic problem at an offset of the source, with the edits that fix it when that is safe. */
export interface Finding {
  /** UTF-16 offset of the problem in the source. */
  readonly offset: number;
  readonly rule: string;
  readonly message: MessageRef;
  /** How to fix it; the hint of a finding with a `fix` says that --fix does it. */
  readonly hint: MessageRef;
  /** The safe fix, when there is one: applied by `check --fix`. */
  readonly fix?: readonly TextEdit[];
}
