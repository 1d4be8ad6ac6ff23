/** A replacement of `text.slice(start, end)` by `insert`: how `check --fix` changes a file. */
export interface TextEdit {
  /** UTF-16 offsets into the source. */
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/**
 * Applies edits to a text. Edits that overlap an earlier one (by start) are left out, so two
 * rules that both want a character cannot garble it; `check` runs again after fixing.
 *
 * @returns The new text and how many edits were applied.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  let applied = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.insert;
    at = edit.end;
    applied++;
  }
  return { text: out + text.slice(at), applied };
}
