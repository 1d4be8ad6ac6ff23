import type { Element } from 'hast';
import { h } from 'hastscript';
import type { BulletinDocument, Footnote } from '../../model/document.js';
import type { Template } from '../../template/template.js';
import { blocksToHast, bodyRoles, type BlockContext } from './blocksToHast.js';
import { roleClass } from './fontRoleClass.js';
import { footnoteMark, inlinesToHast } from './inlinesToHast.js';
import { colophonToHast, disclaimerToHast } from './lastPageToHast.js';
import { mastheadToHast } from './mastheadToHast.js';

/** The notes of the issue after its text: a web page has no page foot, so they collect at the end. */
function footnotesToHast(notes: readonly Footnote[], template: Template): Element | undefined {
  if (notes.length === 0) return undefined;
  const roles = bodyRoles(template);
  return h(
    'section',
    { className: ['footnotes'] },
    notes.flatMap((note) => note.paragraphs.map((p, i) => h('p', [...(i === 0 ? [{ type: 'text' as const, value: footnoteMark(note.number) }] : []), ...inlinesToHast(p.children, roles)]))),
  );
}

/**
 * The issue as the `body` of an HTML page, built from the document model (not the Markdown):
 * `header` (masthead) · `main` > `article` (editor's note, body, headings), notes and the
 * disclaimer · `footer` (colophon). The body's class sets the body face every element inherits
 * unless it names another role.
 *
 * @param doc The read, validated issue.
 * @param template The template the PDF uses too.
 * @param images Each figure's image file as a `data:` URL (optional when the issue has none).
 * @returns The `body` element (not yet sanitised or autospaced).
 */
export function documentToHast(doc: BulletinDocument, template: Template, images: ReadonlyMap<string, string> = new Map()): Element {
  const ctx: BlockContext = { template, images };
  const notes = footnotesToHast(doc.footnotes, template);
  const disclaimer = disclaimerToHast(doc.meta, template);
  const colophon = colophonToHast(doc.meta, template);
  return h('body', { className: [roleClass(template.body.role)] }, [
    mastheadToHast(doc.meta, template),
    h('main', [h('article', blocksToHast(doc.blocks, ctx)), ...(notes ? [notes] : []), ...(disclaimer ? [disclaimer] : [])]),
    ...(colophon ? [colophon] : []),
  ]);
}
