/** A line whose key is followed by a full-width colon: `issue：5`. */
export interface FullWidthColon {
  /** Offset of the `：` in the text. */
  readonly offset: number;
  /** Offset of the start of its line. */
  readonly lineStart: number;
  readonly key: string;
  /** What follows the colon, trimmed. */
  readonly value: string;
}

// A block key (optionally a list item's), then `：` before any ASCII colon or comment: what a
// Chinese input method types for `issue: 5`. Quotes, brackets and YAML indicators start no key.
const LINE = /^([ \t]*(?:-[ \t]+)?)([^\s:：#'"[\]{},&*!|>%@`-][^:：#\n]{0,40}?)[ \t]*：[ \t]*([^\n]*)$/;

/**
 * The lines of a YAML text that use a full-width colon `：` where YAML needs `: `.
 *
 * @param text The YAML text.
 * @returns The lines, in order, with the colon's offset.
 */
export function fullWidthColons(text: string): FullWidthColon[] {
  const found: FullWidthColon[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const match = LINE.exec(line.replace(/\r$/, ''));
    if (match) {
      const [, indent = '', key = '', value = ''] = match;
      found.push({ offset: lineStart + line.indexOf('：', indent.length + key.length), lineStart, key, value: value.trim() });
    }
    lineStart += line.length + 1;
  }
  return found;
}
