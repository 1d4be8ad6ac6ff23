import type { Template } from '../../template/template.js';
import { setPageNumber } from '../lastPage.js';
import { placeLine, type Frame } from '../masthead.js';
import { setSingleLine } from '../setParagraph.js';
import type { PageItem, Shaper, TextStyle } from '../types.js';

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** `n` in upper-case roman numerals (the front matter's page numbers and labels); n ≥ 1. */
export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Where a page of an issue sits in that issue, for the small note in a volume's foot. */
export interface IssuePageNote {
  /** The issue as its masthead names it, e.g. 2014年第4期（总第9期）. */
  readonly issue: string;
  /** The page's number in the issue as published. */
  readonly page: number;
}

/**
 * The foot of a volume page (docs/layout.md A.7): the volume's own number as "— N —" in the place and style of docs/layout.md
 * A.1, since the contents and the bookmarks refer to it; on an issue's page also the page as the
 * issue printed it (`2014年第4期（总第9期）　第2页`) in 小五 at the outer edge on the same baseline, so that a
 * citation of the single issue can be found in the volume.
 *
 * @param label The volume page number, or a roman label in the front matter.
 * @param recto Whether the page is a right-hand page (odd in the volume): the note goes right, else
 *   left, unless the template puts the number there.
 */
export function setVolumeFoot(label: number | string, note: IssuePageNote | undefined, recto: boolean, template: Template, shaper: Shaper, frame: Frame): PageItem[] {
  const lines = template.grid.lines;
  const items = setPageNumber(label, template, shaper, frame, lines, recto);
  if (!note) return items;
  const p = template.pageNumber;
  const style: TextStyle = { role: p.role, size: template.footnotes.size, colour: p.colour ?? 'black' };
  // Where the template puts the number at the outer edge (GB/T 9704), the note takes the inner one.
  const outer = p.place === 'outside' ? !recto : recto;
  const line = setSingleLine([{ text: `${note.issue}\u3000第${note.page}页`, style }], shaper, frame.width, outer ? 'right' : 'left');
  // On the number's baseline: the same formula as setPageNumber's.
  const y = frame.top + lines * frame.pitch + p.below + 0.3 * p.size;
  items.push(...placeLine(line, frame.left, y));
  return items;
}
