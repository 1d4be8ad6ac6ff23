import type { BuildOptions } from '../build/buildIssue.js';
import { packageVersion } from '../packageRoot.js';
import { getTemplate } from '../template/template.js';
import { hashBytes } from './hashFile.js';

/**
 * A hash of what shapes an issue's output besides its input files: bulletin's version, the
 * template's data (compiled into bulletin, so it has no file of its own to hash) and the options
 * that change the bytes or the verdict (`strict` turns a warning into a failed build).
 *
 * @param template The template's name.
 * @param options The build options, font paths absolute.
 * @returns The hash (a template in a folder is hashed by its name: its files are inputs of the issue).
 */
export function buildSettings(template: string, options: BuildOptions): string | undefined {
  let data: unknown;
  try {
    data = getTemplate(template);
  } catch {
    // A template in a folder: its files are among the inputs, hashed with them.
    data = { folder: template };
  }
  return hashBytes(
    JSON.stringify({
      bulletin: packageVersion(),
      template: data,
      format: options.format ?? 'pdf',
      strict: options.strict ?? false,
      punctuation: options.punctuation ?? null,
      allowOutside: options.allowOutside ?? false,
      // Only when asked, so that the manifests of earlier builds still match.
      ...(options.pdfa ? { pdfa: true } : {}),
      sourceDateEpoch: options.sourceDateEpoch ?? null,
      fontPaths: options.fontPaths ?? [],
      systemFontDirs: options.systemFontDirs ?? null,
      fonts: options.fonts ?? null,
      // A site's issue page links to its neighbours: a new issue changes the page before it.
      ...(options.nav ? { nav: options.nav } : {}),
    }),
  );
}
