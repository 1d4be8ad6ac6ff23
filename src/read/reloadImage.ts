import path from 'node:path';
import { diagnostic, m } from '../diagnostics/diagnostic.js';
import { DiagnosticError } from '../diagnostics/diagnosticError.js';
import { checkImage } from './checkImage.js';
import { readImageFile } from './readImageFile.js';

/**
 * Read a picture the reader has checked, to embed it, and check it again on the very bytes that
 * will be embedded: the file may have changed since, and a renderer must never see a file the
 * checks would refuse (pdfkit throws from a zlib callback on bad PNG data, past any catch).
 *
 * @param src Absolute path of the picture, as the figure gives it.
 * @param decode Whether to check the structure again (the PDF embeds it), or only read it within
 *   the limits (the HTML page leaves decoding to the browser) (optional, default `true`).
 * @returns The file's bytes.
 * @throws {DiagnosticError} When the file is no longer a usable picture.
 */
export async function reloadImage(src: string, decode = true): Promise<Buffer> {
  const changed = (): DiagnosticError =>
    new DiagnosticError(
      diagnostic(
        { file: src, line: 0, column: 0, severity: 'error', rule: 'image/changed' },
        m('limits.image-changed', { name: path.basename(src) }),
        m('limits.image-changed-hint'),
      ),
    );
  let read;
  try {
    read = await readImageFile(src);
  } catch {
    throw changed();
  }
  if (read.kind !== 'bytes') throw changed();
  if (decode && (await checkImage(read.bytes)).kind !== 'image') throw changed();
  return read.bytes;
}
