import type { Element, ElementContent, Text } from 'hast';
import { FULL_WIDTH_FORMS } from '../../fonts/fontShaper.js';
import { classify, isAlnum, isCjkPunctuation, type CharClass } from '../../typeset/charClass.js';

/** Class of a Latin run that takes the ¼ em Han–Latin gap before it (docs/layout.md B.4). */
export const GAP_START = 'autospace-start';
/** Class of a Latin run that takes the ¼ em Han–Latin gap after it. */
export const GAP_END = 'autospace-end';
/** Class of a run of — · ⸺ set in their full-width forms (`fwid`), as the PDF sets them. */
export const FULL_WIDTH = 'full-width';
/**
 * Class of a character and the — · ⸺ after it, kept on one line: docs/layout.md B.1 forbids these
 * marks at a line start, and UAX #14 (hence CSS `line-break`) allows a break before a dash.
 */
export const NO_BREAK = 'no-break';

// Inline elements: their text belongs to the line of the block around them, so a Latin run's
// neighbours are looked up across them (`**编者按：**2014年`).
const INLINE = new Set(['strong', 'em', 'a', 'span', 'time', 'sup']);
// Literal text (`code`, and `pre` blocks): it counts as a neighbour but is never changed.
const LITERAL = 'code';
const LITERAL_BLOCK = 'pre';

interface Entry {
  readonly node: Text;
  readonly editable: boolean;
}

interface Char {
  readonly ch: string;
  readonly cls: CharClass;
  readonly entry: number;
  /** Index of the character (code point) in its entry. */
  readonly index: number;
}

function isMark(cls: CharClass | undefined): boolean {
  return cls !== undefined && (isCjkPunctuation(cls) || cls === 'dash' || cls === 'ellipsis');
}

/** The text of one block, in order; `undefined` separates pieces that cannot touch (nested blocks). */
function collect(element: Element, entries: (Entry | undefined)[], editable: boolean, blocks: Element[]): void {
  for (const child of element.children) {
    if (child.type === 'text') entries.push({ node: child, editable });
    else if (child.type === 'element') {
      if (child.tagName === LITERAL) collect(child, entries, false, blocks);
      else if (INLINE.has(child.tagName)) collect(child, entries, editable, blocks);
      else {
        entries.push(undefined);
        blocks.push(child);
      }
    }
  }
}

/** Per entry, per character: what becomes of it. */
interface Plan {
  readonly drop: Set<string>;
  readonly gapStart: Set<string>;
  readonly gapEnd: Set<string>;
}

const at = (c: Char): string => `${c.entry}:${c.index}`;

/**
 * Decides, for one run of characters that sit on the same lines, which typed spaces go and which
 * Latin characters start or end a gap, following the PDF's glue (src/typeset/segment.ts): a space
 * next to a Chinese mark goes; a space between Han and a Latin letter or digit becomes the ¼ em
 * gap; Han touching a Latin letter or digit gets the gap too; other spaces stay.
 */
function plan(chars: readonly Char[], entries: readonly (Entry | undefined)[], out: Plan): void {
  const editable = (c: Char): boolean => entries[c.entry]?.editable === true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as Char;
    if (c.cls !== 'space') continue;
    let j = i;
    while (chars[j]?.cls === 'space') j++;
    const before = chars[i - 1];
    const after = chars[j];
    // Only a Latin run we can wrap takes the gap; next to code the typed space is the gap.
    const hanLatin =
      before !== undefined &&
      after !== undefined &&
      ((before.cls === 'han' && after.cls === 'latin' && isAlnum(after.ch) && editable(after)) ||
        (before.cls === 'latin' && isAlnum(before.ch) && editable(before) && after.cls === 'han'));
    if (before !== undefined && after !== undefined && (hanLatin || isMark(before.cls) || isMark(after.cls))) {
      for (let k = i; k < j; k++) if (editable(chars[k] as Char)) out.drop.add(at(chars[k] as Char));
    }
    i = j - 1;
  }
  const kept = chars.filter((c) => !out.drop.has(at(c)));
  kept.forEach((c, i) => {
    if (c.cls !== 'latin' || !isAlnum(c.ch) || !editable(c)) return;
    if (kept[i - 1]?.cls === 'han') out.gapStart.add(at(c));
    if (kept[i + 1]?.cls === 'han') out.gapEnd.add(at(c));
  });
}

function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && classify(ch) === 'latin';
}

function span(className: string[], value: string): Element {
  return { type: 'element', tagName: 'span', properties: { className }, children: [{ type: 'text', value }] };
}

/**
 * The new content of one text node: its text less dropped spaces, Latin runs that take a gap
 * wrapped in a span carrying the gap's side(s), and —/·/⸺ runs wrapped for their full-width forms.
 */
function rewrite(node: Text, entry: number, p: Plan): ElementContent[] {
  const chars = [...node.value];
  const out: ElementContent[] = [];
  let text = '';
  const flush = (): void => {
    if (text) out.push({ type: 'text', value: text });
    text = '';
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (p.drop.has(`${entry}:${i}`)) continue;
    if (FULL_WIDTH_FORMS.test(ch)) {
      let j = i;
      while (j < chars.length && FULL_WIDTH_FORMS.test(chars[j] as string)) j++;
      // The character before the marks goes with them, so no line starts with them.
      const before = [...text].at(-1);
      const glued = before !== undefined && before.trim() !== '';
      if (glued) text = text.slice(0, text.length - before.length);
      flush();
      const marks = span([FULL_WIDTH], chars.slice(i, j).join(''));
      out.push(glued ? { type: 'element', tagName: 'span', properties: { className: [NO_BREAK] }, children: [{ type: 'text', value: before }, marks] } : marks);
      i = j - 1;
      continue;
    }
    if (isLatin(ch)) {
      // A Latin run: letters, digits and marks, with the word spaces between them.
      const inRun = (k: number): boolean => isLatin(chars[k]) || (chars[k] === ' ' && isLatin(chars[k + 1]) && !p.drop.has(`${entry}:${k}`));
      let j = i;
      while (j < chars.length && inRun(j)) j++;
      const start = p.gapStart.has(`${entry}:${i}`);
      const end = p.gapEnd.has(`${entry}:${j - 1}`);
      const run = chars.slice(i, j).join('');
      if (start || end) {
        flush();
        out.push(span([...(start ? [GAP_START] : []), ...(end ? [GAP_END] : [])], run));
      } else text += run;
      i = j - 1;
      continue;
    }
    text += ch;
  }
  flush();
  return out;
}

function replaceTexts(element: Element, replacements: ReadonlyMap<Text, ElementContent[]>): void {
  element.children = element.children.flatMap((child) => {
    if (child.type === 'text') return replacements.get(child) ?? [child];
    if (child.type === 'element') replaceTexts(child, replacements);
    return [child];
  });
}

/**
 * The Han–Latin gap and full-width dashes in HTML (docs/layout.md B.4, C). Browsers with
 * `text-autospace` add the gap themselves; for the others the stylesheet puts a ¼ em margin on
 * the spans made here. Typed spaces the PDF turns into that gap (or drops next to Chinese marks)
 * are removed, so neither kind of browser shows a word space there. Works in place.
 *
 * @param root An element whose text is to be spaced (the page's `body`).
 */
export function autospace(root: Element): void {
  const replacements = new Map<Text, ElementContent[]>();
  const pending: Element[] = [root];
  for (let block = pending.pop(); block; block = pending.pop()) {
    const entries: (Entry | undefined)[] = [];
    collect(block, entries, block.tagName !== LITERAL_BLOCK, pending);
    const p: Plan = { drop: new Set(), gapStart: new Set(), gapEnd: new Set() };
    let run: Char[] = [];
    entries.forEach((entry, e) => {
      if (!entry) {
        plan(run, entries, p);
        run = [];
        return;
      }
      [...entry.node.value].forEach((ch, index) => run.push({ ch, cls: classify(ch), entry: e, index }));
    });
    plan(run, entries, p);
    entries.forEach((entry, e) => {
      if (entry?.editable) replacements.set(entry.node, rewrite(entry.node, e, p));
    });
  }
  replaceTexts(root, replacements);
}
