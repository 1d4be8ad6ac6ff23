import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Footnote } from '../model/document.js';
import type { Template } from '../template/template.js';
import { inlinePieces } from './inlines.js';
import { shaperNoteMarks } from './noteMarks.js';
import { placeLine, type Frame } from './masthead.js';
import { setParagraph, type NoteBox } from './setParagraph.js';
import { structNode, tagItems } from './structTags.js';
import type { PageItem, Shaper, TextStyle } from './types.js';

/**
 * Sets every footnote for the foot of a page: 小五, the ① marker, later lines hanging after it.
 * `report` (optional) receives a note too long to set (issue 10).
 */
export function setFootnotes(notes: readonly Footnote[], template: Template, shaper: Shaper, report?: (d: Diagnostic) => void): Map<number, NoteBox> {
  // Only the limits: the notes' typography has never been checked, and is not in this change.
  const segment = report ? { report: (d: Diagnostic) => (d.rule.startsWith('limits/') ? report(d) : undefined) } : {};
  const f = template.footnotes;
  const style: TextStyle = { role: f.role, size: f.size, colour: f.colour ?? 'black' };
  const noteMark = shaperNoteMarks(shaper);
  const styles = { base: style, strong: { ...style, role: template.strong.role }, emphasis: { ...style, role: template.emphasis.role }, noteMark };
  const width = template.grid.chars * template.grid.size;
  const boxes = new Map<number, NoteBox>();
  for (const note of notes) {
    const marker = noteMark(note.number);
    const hang = shaper.shape(marker, style, undefined).reduce((s, g) => s + g.advance, 0) + f.size / 2;
    const parts = note.paragraphs.flatMap((p) => inlinePieces(p.children, styles));
    const first = [{ text: `${marker}\u2002`, style }, ...(parts[0] ?? [])];
    const laid = setParagraph([first, ...parts.slice(1)], shaper, { width, left: 0, firstIndent: 0, hangIndent: hang, align: 'justify', pitch: f.pitch }, segment);
    boxes.set(note.number, { number: note.number, lines: laid.map((l) => l.line), indents: laid.map((l) => l.x) });
  }
  return boxes;
}

/** Height of the notes at the foot of a page, rule and gap included, in points. */
export function notesHeight(notes: readonly NoteBox[], template: Template): number {
  if (notes.length === 0) return 0;
  const f = template.footnotes;
  return f.gap + notes.reduce((h, n) => h + n.lines.length * f.pitch, 0);
}

/** Grid lines the notes take at the foot of a page. */
export function notesSpan(notes: readonly NoteBox[], template: Template): number {
  return Math.ceil(notesHeight(notes, template) / template.grid.pitch - 1e-9);
}

/** Draws notes so that their last line ends at `bottom` (from the page top), under a short rule. */
export function drawFootnotes(notes: readonly NoteBox[], template: Template, frame: Frame, bottom: number): PageItem[] {
  if (notes.length === 0) return [];
  const f = template.footnotes;
  const top = bottom - notesHeight(notes, template) + f.gap;
  const items: PageItem[] = [{ kind: 'rule', x: frame.left, y: top - f.gap / 2, width: f.ruleWidth, thickness: f.rule, colour: 'black' }];
  let k = 0;
  for (const note of notes) {
    // Tagged PDF: one Note per footnote, continued on the next page when the note is cut.
    const path = [structNode('Note', `note${note.number}`)];
    note.lines.forEach((line, i) => {
      const baseline = top + k * f.pitch + (f.pitch - f.size) / 2 + 0.88 * f.size;
      items.push(...tagItems(placeLine(line, frame.left + (note.indents[i] ?? 0), baseline), path));
      k++;
    });
  }
  return items;
}
