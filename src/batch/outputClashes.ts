import { outputPath } from '../build/outputPath.js';

/** Two issues that would write the same output file. */
export interface OutputClash {
  /** The output path without its extension (`--format` chooses it). */
  readonly output: string;
  readonly files: readonly [string, string];
}

/**
 * Issues whose outputs would overwrite each other (`a/2014-04.md` and `b/2014-04.md` with one
 * `--out-dir`): in a parallel batch the survivor would depend on timing.
 *
 * @param files Absolute paths of the issues.
 * @param outDir The output folder, if one is given.
 */
export function outputClashes(files: readonly string[], outDir?: string): OutputClash[] {
  const seen = new Map<string, string>();
  const clashes: OutputClash[] = [];
  for (const file of files) {
    // Compared without the extension: --format decides it, and it is the same for every issue.
    const output = outputPath(file, outDir).replace(/\.pdf$/, '');
    const key = process.platform === 'linux' ? output : output.toLowerCase();
    const other = seen.get(key);
    if (other === undefined) seen.set(key, file);
    else clashes.push({ output, files: [other, file] });
  }
  return clashes;
}
