import { diagnostic, m } from '../../diagnostics/diagnostic.js';
import { DiagnosticError } from '../../diagnostics/diagnosticError.js';
import type { LoadedFont } from '../../fonts/loadFont.js';
import { readFace, type FaceMetrics, type FaceSource } from './sfntFace.js';

/**
 * The bytes, hash and metrics of the face a font was resolved to, read from its file (once per
 * process): what the PDF and the HTML subset. The face in memory may be parsed tables, not bytes.
 *
 * @throws {DiagnosticError} When the file is no longer a usable font (rule `fonts/changed`): it
 *   may have been removed, replaced or swapped for a pipe since the fonts were resolved. The bytes
 *   of a bundled face are read when first asked for, and throw the same then.
 */
export function fontSource(font: Pick<LoadedFont, 'file' | 'postscriptName'>): FaceSource {
  const changed = (): DiagnosticError =>
    new DiagnosticError(
      diagnostic({ file: font.file, line: 0, column: 0, severity: 'error', rule: 'fonts/changed' }, m('fonts.changed', { file: font.file }), m('fonts.changed-hint')),
    );
  let face: FaceSource;
  try {
    face = readFace(font.file, font.postscriptName);
  } catch {
    throw changed();
  }
  // A bundled face reads its metrics and bytes when first asked for: a file gone by then is `changed` too.
  const read = <T>(part: () => T): T => {
    try {
      return part();
    } catch {
      throw changed();
    }
  };
  return {
    hash: face.hash,
    get metrics(): FaceMetrics {
      return read(() => face.metrics);
    },
    get bytes(): Uint8Array {
      return read(() => face.bytes);
    },
  };
}
