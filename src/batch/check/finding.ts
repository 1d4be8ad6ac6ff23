import type { TextEdit } from './textEdit.js';

/** A typographic problem at an offset of the source, with the edits that fix it when that is safe. */
export interface Finding {
  /** UTF-16 offset of the problem in the source. */
  readonly offset: number;
  readonly rule: string;
  readonly message: string;
  readonly hint: string;
  /** The safe fix, when there is one: applied by `check --fix`. */
  readonly fix?: readonly TextEdit[];
}
