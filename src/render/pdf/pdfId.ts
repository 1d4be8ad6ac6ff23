import { createHash } from 'node:crypto';

/**
 * The identifier pdfkit writes into the trailer while the file is made: sixteen zero bytes,
 * replaced by {@link stampPdfId} once the file is whole. pdfkit writes the trailer last, so every
 * other byte is known by then.
 */
export const PENDING_PDF_ID: Uint8Array = new Uint8Array(16);

const pendingHex = '0'.repeat(32);
/** The trailer's /ID as pdfkit writes it (PDFObject.convert: two strings, hexadecimal). */
const pendingEntry = `/ID [<${pendingHex}> <${pendingHex}>]`;

/**
 * Gives a finished PDF its file identifier (/ID, ISO 32000-1 §14.4): the first 16 bytes of the
 * SHA-256 of the file as written with {@link PENDING_PDF_ID}. The identifier thus follows from
 * exactly what the file holds: the same file gets the same /ID, and whatever changes one of its
 * bytes (text, pictures, fonts, links, bookmarks, properties, PDF/A or tagging) changes it too.
 * Paths are not in the file, so the same issue built from another folder gets the same bytes.
 * Hashing the bytes costs a few milliseconds, where hashing the typeset pages cost a fifth of
 * the painting time of a long issue.
 *
 * @param pdf The file's bytes, as pdfkit wrote them with the pending identifier; changed in place.
 *   A file whose identifier is not pending (a caller set `doc._id` itself) is left as it is.
 * @returns `pdf`, with its identifier.
 */
export function stampPdfId(pdf: Buffer): Buffer {
  // Searched from the end: the trailer (or the cross-reference stream's dictionary, objectStreams.ts)
  // is the last object of the file.
  const at = pdf.lastIndexOf(pendingEntry, undefined, 'latin1');
  if (at < 0) return pdf;
  const id = createHash('sha256').update(pdf).digest('hex').slice(0, 32);
  const first = at + '/ID [<'.length;
  pdf.write(id, first, 'latin1');
  pdf.write(id, first + pendingHex.length + '> <'.length, 'latin1');
  return pdf;
}
