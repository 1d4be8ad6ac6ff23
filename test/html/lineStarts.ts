import type { Page } from 'playwright-core';

/** A line of a block as the browser laid it out: its characters, and whether each is a footnote call. */
export interface LaidLine {
  /** The block's tag and class, to name it in a failure. */
  readonly block: string;
  readonly text: string;
  /** Per character (code point) of `text`, whether it is in a footnote call. */
  readonly call: readonly boolean[];
  /** Whether this is its block's last line (of several). */
  readonly last: boolean;
}

/**
 * Every line of the blocks matching `selector`, found from each character's box (Range.getClientRects):
 * a character whose box's middle is below the bottom of the line so far starts a new line. A
 * raised footnote call still has its middle within its line; it does not extend the line's bottom.
 *
 * @param page A page, laid out.
 * @param selector The blocks to read, e.g. `main p, main h2`.
 */
export async function laidLines(page: Page, selector: string): Promise<LaidLine[]> {
  return page.evaluate((sel) => {
    const out: { block: string; text: string; call: boolean[]; last: boolean }[] = [];
    for (const block of document.querySelectorAll(sel)) {
      const lines: { text: string; call: boolean[]; bottom: number; top: number }[] = [];
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.textContent ?? '';
        const call = node.parentElement?.closest('.footnote-ref') !== null;
        let offset = 0;
        for (const ch of value) {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + ch.length);
          offset += ch.length;
          const rect = [...range.getClientRects()].find((r) => r.width > 0 || r.height > 0);
          if (!rect || ch.trim() === '') continue;
          const line = lines.at(-1);
          const centre = (rect.top + rect.bottom) / 2;
          if (line && centre < line.bottom) {
            line.text += ch;
            line.call.push(call);
            if (!call) line.bottom = Math.max(line.bottom, rect.bottom);
          } else lines.push({ text: ch, call: [call], top: rect.top, bottom: rect.bottom });
        }
      }
      const name = `${block.tagName.toLowerCase()}${block.className ? `.${block.className}` : ''}`;
      lines.forEach((l, i) => out.push({ block: name, text: l.text, call: l.call, last: lines.length > 1 && i === lines.length - 1 }));
    }
    return out;
  }, selector);
}
