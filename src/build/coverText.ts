import type { BulletinDocument } from '../model/document.js';
import type { SourceSpan } from '../model/source.js';
import type { Origin, Shaper } from '../typeset/types.js';

interface Piece {
  readonly text: string;
  readonly origin: Origin | undefined;
}

function isSpan(value: unknown): value is SourceSpan {
  return typeof value === 'object' && value !== null && 'start' in value && 'file' in value;
}

/** The text of the model's nodes, each with where it starts: text, inline code, code blocks, heading numbers. */
function collect(node: unknown, out: Piece[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  const span = isSpan(record['span']) ? record['span'] : undefined;
  const at = span ? { file: span.file, line: span.start.line, column: span.start.column } : undefined;
  const kind = record['kind'];
  const value = record['value'];
  if (typeof value === 'string' && (kind === 'text' || kind === 'code')) out.push({ text: value, origin: at });
  else if (typeof value === 'string' && kind === 'codeBlock' && at) {
    // A fenced block's text starts on the line after its fence.
    value.split('\n').forEach((line, i) => out.push({ text: line, origin: { file: at.file, line: at.line + 1 + i, column: 1 } }));
  }
  if (typeof record['autoNumber'] === 'string') out.push({ text: record['autoNumber'], origin: at });
  for (const [key, child] of Object.entries(record)) if (key !== 'span' && typeof child === 'object') collect(child, out);
}

/**
 * Asks the shaper for each distinct character of an issue once, at its first occurrence: what a
 * build that sets no page (`--format html`) needs of typesetting. The shaper reports each
 * character no font has, where it first occurs, as a full typesetting would; nothing is set.
 *
 * @param doc The read issue.
 * @param shaper The shaper (its `report` receives the diagnostics).
 */
export function coverText(doc: BulletinDocument, shaper: Shaper): void {
  const pieces: Piece[] = [];
  // The masthead's and the last page's text, which the shaper places at no line.
  const { meta } = doc;
  const printed = (value: unknown): void => {
    if (typeof value === 'string') pieces.push({ text: value, origin: undefined });
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(printed);
  };
  printed([meta.title, meta.sponsors, meta.disclaimer, meta.distribution, meta.secretariat]);
  collect(doc.blocks, pieces);
  collect(doc.footnotes, pieces);
  const seen = new Set<string>();
  const style = { role: 'body', size: 12, colour: 'black' } as const;
  for (const { text, origin } of pieces) {
    let column = origin?.column ?? 0;
    for (const ch of text) {
      if (!seen.has(ch) && !/[\s\p{Cc}]/u.test(ch)) {
        seen.add(ch);
        shaper.shape(ch, style, origin ? { ...origin, column } : undefined);
      }
      column += ch.length;
    }
  }
}
