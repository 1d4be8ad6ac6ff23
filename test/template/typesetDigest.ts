import { basename } from 'node:path';
import type { TypesetDocument } from '../../src/typeset/types.js';

/**
 * The typeset pages as plain, stable text: every item of every page with its place, and the
 * glyph ids and positions of each run. Font keys are cut to the font file's name, so the digest
 * does not depend on where the package lies. What the PDF renderer makes of these (object
 * numbers, subsets, metadata) is left out: that may change with other work, the typesetting of
 * the reference issue may not.
 */
export function typesetDigest(doc: TypesetDocument): string {
  const n = (v: number): string => (Math.round(v * 1000) / 1000).toString();
  const lines: string[] = [`page ${n(doc.width)} ${n(doc.height)}`];
  for (const page of doc.pages) {
    lines.push(`# ${page.number}`);
    for (const item of page.items) {
      switch (item.kind) {
        case 'glyphs':
          lines.push(
            `glyphs ${basename(item.font)} ${n(item.size)} ${item.colour}${item.bold ? ' bold' : ''} y=${n(item.y)} ` +
              item.glyphs.map((g) => `${g.id}@${n(g.x)}`).join(' ') +
              ` |${item.glyphs.map((g) => g.text).join('')}`,
          );
          break;
        case 'rule':
          lines.push(`rule ${n(item.x)} ${n(item.y)} ${n(item.width)} ${n(item.thickness)} ${item.colour}`);
          break;
        case 'image':
          lines.push(`image ${n(item.x)} ${n(item.y)} ${n(item.width)} ${n(item.height)} ${basename(item.src)}`);
          break;
        case 'link':
          lines.push(`link ${n(item.x)} ${n(item.y)} ${n(item.width)} ${n(item.height)} ${item.url}`);
          break;
      }
    }
  }
  for (const b of doc.bookmarks) lines.push(`bookmark ${b.level} ${b.page} ${n(b.y)} ${b.title}`);
  return `${lines.join('\n')}\n`;
}
