import path from 'node:path';
import type { BuildOptions } from '../build/buildIssue.js';
import { packageVersion } from '../packageRoot.js';
import { getTemplate } from '../template/template.js';
import { hashBytes } from './hashFile.js';

/**
 * A hash of what shapes an issue's output besides its input files: bulletin's version, the
 * template's data (compiled into bulletin, so it has no file of its own to hash) and the options
 * that change the bytes or the verdict (`strict` turns a warning into a failed build).
 *
 * @param template The template's name; `undefined` when it is unknown (the result then matches nothing).
 * @param options The build options.
 * @param cwd The folder relative font paths start from.
 */
export function buildSettings(template: string, options: BuildOptions, cwd: string): string | undefined {
  let data: unknown;
  try {
    data = getTemplate(template);
  } catch {
    return undefined;
  }
  return hashBytes(
    JSON.stringify({
      bulletin: packageVersion(),
      template: data,
      format: options.format ?? 'pdf',
      strict: options.strict ?? false,
      punctuation: options.punctuation ?? null,
      sourceDateEpoch: options.sourceDateEpoch ?? null,
      fontPaths: (options.fontPaths ?? []).map((p) => path.resolve(cwd, p)),
      systemFontDirs: options.systemFontDirs ?? null,
    }),
  );
}
