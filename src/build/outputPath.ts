import { basename, dirname, extname, join, resolve } from 'node:path';

// A module of its own, apart from buildIssue.ts: a parallel batch's main thread needs output paths
// (for the manifest) without loading the typesetting stack, which only its workers run.

/** The output path for an issue: DIR/<name>.pdf (or .html), DIR being --out-dir or the folder. */
export function outputPath(file: string, outDir?: string, extension: 'pdf' | 'html' = 'pdf'): string {
  const name = basename(file, extname(file));
  return join(outDir ? resolve(outDir) : dirname(resolve(file)), `${name}.${extension}`);
}
