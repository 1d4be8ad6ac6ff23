import type { Element } from 'hast';
import { hasGlyph } from '../../fonts/hasGlyph.js';
import type { LoadedFont } from '../../fonts/loadFont.js';
import { MARK_ROLES, noteMarks, type NoteMarks } from '../../typeset/noteMarks.js';
import type { FontRole } from '../../typeset/types.js';

const CALL = /^#fn-(\d+)$/;
const BACK = /^#fnref-(\d+)$/;

/** The marks the page's fonts print: ㉑ and up only when each role's first font has them, as in the PDF. */
export function chainNoteMarks(chain: (role: FontRole) => readonly LoadedFont[]): NoteMarks {
  return noteMarks((mark) =>
    MARK_ROLES.every((role) => {
      const font = chain(role)[0];
      return font !== undefined && [...mark].every((ch) => hasGlyph(font, ch.codePointAt(0) ?? 0));
    }),
  );
}

/**
 * Sets the text of every footnote call (`a[href=#fn-N]`) and every note's link back
 * (`a[href=#fnref-N]`) to the mark the fonts can print, in place; documentToHast writes the
 * marks every bundled face has, which only differ from 21 on.
 */
export function applyNoteMarks(root: Element, marks: NoteMarks): void {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    const href = child.tagName === 'a' ? String(child.properties['href'] ?? '') : '';
    const match = CALL.exec(href) ?? BACK.exec(href);
    if (match) {
      const mark = marks(Number(match[1]));
      child.children = [{ type: 'text', value: mark }];
      if (typeof child.properties['ariaLabel'] === 'string') child.properties['ariaLabel'] = `返回正文${mark}`;
    } else applyNoteMarks(child, marks);
  }
}
