import { createHash } from 'node:crypto';
import type { TypesetDocument } from '../../typeset/types.js';
import type { PdfInfo } from './renderPdf.js';

// Paths name where the inputs lie, not what the PDF shows: the same issue built from another
// folder must give the same bytes, /ID included.
const pathKeys = new Set(['file', 'src']);

/**
 * The PDF's file identifier (/ID), from what the file holds: its properties, the typeset pages
 * without the absolute paths they carry (the issue's, for diagnostics; the pictures'), and the
 * bytes of every picture, in the order the pages place them.
 *
 * @param info The document properties.
 * @param typeset The pages.
 * @param pictures The bytes of each picture, in the order first placed.
 * @returns 16 bytes.
 */
export function pdfId(info: PdfInfo, typeset: TypesetDocument, pictures: readonly Uint8Array[]): Uint8Array {
  const hash = createHash('sha256').update(JSON.stringify(info));
  hash.update(JSON.stringify(typeset, (key: string, value: unknown) => (pathKeys.has(key) ? undefined : value)));
  for (const bytes of pictures) hash.update(bytes);
  return new Uint8Array(hash.digest().subarray(0, 16));
}
