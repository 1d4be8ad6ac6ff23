const fence = /^ {0,3}(`{3,}|~{3,})/;

/** A line of Markdown outside fenced code, as {@link proseLines} gives it. */
export interface ProseLine {
  /** The line's text, without its line break. */
  readonly text: string;
  /** 1-based line number in the whole source. */
  readonly line: number;
  /** Whether a blank line or a code fence came since the previous prose line: a new paragraph. */
  readonly newParagraph: boolean;
}

/**
 * The non-blank lines of a Markdown source outside fenced code blocks, for the scans that bound
 * the input before the parser sees it: paragraphs are runs of such lines; marks inside code mean
 * nothing and are skipped.
 *
 * @param text The Markdown source.
 * @param from Offset of the first line to give (optional, default 0: the whole source).
 */
export function* proseLines(text: string, from = 0): Generator<ProseLine> {
  // Line breaks as Markdown counts them: LF, CRLF, or a lone CR (old Mac files).
  const breaks = /\r\n|\r|\n/g;
  let line = 1;
  while (breaks.exec(text) !== null && breaks.lastIndex <= from) line++;
  breaks.lastIndex = from;
  let open: string | undefined;
  let newParagraph = true;
  for (let start = from; start < text.length; line++) {
    const found = breaks.exec(text);
    const end = found === null ? text.length : found.index;
    const row = text.slice(start, end);
    start = found === null ? text.length : breaks.lastIndex;
    if (open !== undefined) {
      const closing = fence.exec(row)?.[1];
      if (closing !== undefined && closing[0] === open[0] && closing.length >= open.length && row.trim() === closing) open = undefined;
      continue;
    }
    const opening = fence.exec(row)?.[1];
    if (opening !== undefined) {
      open = opening;
      newParagraph = true;
      continue;
    }
    if (row.trim() === '') {
      newParagraph = true;
      continue;
    }
    yield { text: row, line, newParagraph };
    newParagraph = false;
  }
}
