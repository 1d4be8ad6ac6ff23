import { createHash } from 'node:crypto';
import type { TypesetDocument } from '../../typeset/types.js';
import type { PdfInfo } from './renderPdf.js';

// Paths name where the inputs lie, not what the PDF shows: the same issue built from another
// folder must give the same bytes, /ID included.
const pathKeys = new Set(['file', 'src']);
// The structure paths follow from the rest of the pages; a tagged file differs by `variant`.
const skippedKeys = new Set([...pathKeys, 'struct', 'lead']);

/**
 * The PDF's file identifier (/ID), from what the file holds: its properties, the typeset pages
 * without the absolute paths they carry (the issue's, for diagnostics; the pictures'), and the
 * bytes of every picture, in the order the pages place them.
 *
 * @param info The document properties.
 * @param typeset The pages.
 * @param pictures The bytes of each picture, in the order first placed.
 * @param variant What kind of file besides a print PDF (optional: `PDF/A-2u`, `tagged`).
 * @returns 16 bytes.
 */
export function pdfId(info: PdfInfo, typeset: TypesetDocument, pictures: readonly Uint8Array[], variant?: string): Uint8Array {
  const hash = createHash('sha256').update(JSON.stringify(info));
  if (variant !== undefined) hash.update(`\0${variant}`);
  // A link target is hashed once, not once per line it spans (a 100 KB URL over 1,500 lines).
  const urls = new Map<string, string>();
  const replacer = (key: string, value: unknown): unknown => {
    if (skippedKeys.has(key)) return undefined;
    if (key !== 'url' || typeof value !== 'string') return value;
    let short = urls.get(value);
    if (short === undefined) urls.set(value, (short = createHash('sha256').update(value).digest('hex')));
    return short;
  };
  hash.update(JSON.stringify(typeset, replacer));
  for (const bytes of pictures) hash.update(bytes);
  return new Uint8Array(hash.digest().subarray(0, 16));
}
