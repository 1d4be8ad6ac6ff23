import { isChinese } from './typographyTables.js';

// Emphasis markers between two characters do not separate them as text: `**编者按:**` has 按
// right before the colon.
const MARKUP = new Set(['*', '_', '~']);

/** A Markdown source with its prose mask: looks at characters the way a reader of the text sees them. */
export class ProseScanner {
  constructor(
    readonly text: string,
    private readonly mask: Uint8Array,
  ) {}

  /** Whether the UTF-16 unit at `i` is prose. */
  isProse(i: number): boolean {
    return this.mask[i] === 1;
  }

  /**
   * The nearest character before (`step` -1) or after (+1) offset `i` as text goes on: spaces, one
   * line break and emphasis markers are passed over; a blank line, code or other Markdown syntax
   * ends the text, and then the answer is `''`.
   */
  neighbour(i: number, step: 1 | -1): string {
    let newlines = 0;
    for (let j = i + step; j >= 0 && j < this.text.length; j += step) {
      const ch = this.text[j] as string;
      if (ch === '\n') {
        if (++newlines > 1) return '';
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\r') continue;
      if (!this.isProse(j)) {
        if (MARKUP.has(ch)) continue;
        return '';
      }
      // A character outside the BMP (CJK Extension B…) is two UTF-16 units.
      const start = step === -1 && j > 0 && /[\uDC00-\uDFFF]/.test(ch) ? j - 1 : j;
      return String.fromCodePoint(this.text.codePointAt(start) ?? 0);
    }
    return '';
  }

  /** Whether the text next to `i` on either side is Chinese. */
  nextToChinese(i: number, end: number = i + 1): boolean {
    return isChinese(this.neighbour(i, -1)) || isChinese(this.neighbour(end - 1, 1));
  }

  /** The end of the spaces and tabs from `i` on, on the same line (for fixes that drop them). */
  spacesAfter(i: number): number {
    let j = i;
    while (j < this.text.length && (this.text[j] === ' ' || this.text[j] === '\t') && this.isProse(j)) j++;
    return j;
  }

  /** The start of the spaces and tabs that end just before `i`, on the same line. */
  spacesBefore(i: number): number {
    let j = i;
    while (j > 0 && (this.text[j - 1] === ' ' || this.text[j - 1] === '\t') && this.isProse(j - 1)) j--;
    return j;
  }

  /** The paragraphs of the source: runs of lines between blank lines, as [start, end) offsets. */
  paragraphs(): Array<readonly [number, number]> {
    const out: Array<readonly [number, number]> = [];
    const blank = /\n[ \t]*\r?\n/g;
    let start = 0;
    for (let m = blank.exec(this.text); m !== null; m = blank.exec(this.text)) {
      out.push([start, m.index]);
      start = m.index + m[0].length - 1;
    }
    out.push([start, this.text.length]);
    return out;
  }
}
