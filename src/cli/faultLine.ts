import { faultDiagnostic, type FileFault } from '../build/fileFault.js';
import { escapeControls } from '../diagnostics/escapeControls.js';
import { render } from '../messages/catalogue.js';
import { displayPath } from './displayPath.js';

/**
 * A file-system fault as the CLI prints it outside a build's diagnostics: one line naming the
 * path and what to do, e.g. `bulletin: out: the file system is read-only; choose …`.
 *
 * @param fault The fault.
 * @param cwd The working folder, for a relative path.
 */
export function faultLine(fault: FileFault, cwd: string): string {
  const words = faultDiagnostic(fault).text?.message;
  const message = words === undefined ? '' : render(words);
  return `bulletin: ${escapeControls(displayPath(fault.path, cwd))}: ${message}\n`;
}
