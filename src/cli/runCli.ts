import { existsSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics, useColor } from '../diagnostics/format.js';
import { packageVersion } from '../packageRoot.js';
import { parseArgs } from './parseArgs.js';

/** Where the CLI writes and what it reads of its process: injectable for tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

// Exit codes are decided here and nowhere else.
export const EXIT_OK = 0;
export const EXIT_DOCUMENT_ERROR = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

function sourceDateEpoch(env: NodeJS.ProcessEnv): number | undefined {
  const value = env['SOURCE_DATE_EPOCH'];
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

function kib(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}

/** Runs the command line `args` (without node and the script) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const invocation = parseArgs(args);
  switch (invocation.command) {
    case 'version':
      io.stdout.write(`bulletin ${packageVersion()}\n`);
      return EXIT_OK;
    case 'help':
      io.stdout.write(invocation.text);
      return EXIT_OK;
    case 'usage-error':
      io.stderr.write(`bulletin: ${invocation.message}\nRun 'bulletin --help' for usage.\n`);
      return EXIT_USAGE;
    case 'build':
      break;
  }
  const missing = invocation.files.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    io.stderr.write(missing.map((f) => `bulletin: no such file: ${f}\n`).join(''));
    return EXIT_USAGE;
  }
  const color = useColor(io.stderr, io.env);
  // The typesetting stack loads only for a build, so --version and --help stay instant.
  const { buildIssue } = await import('../build/buildIssue.js');
  let failed = 0;
  for (const file of invocation.files) {
    let diagnostics: readonly Diagnostic[];
    try {
      const epoch = sourceDateEpoch(io.env);
      const result = await buildIssue(file, {
        ...(invocation.outDir !== undefined ? { outDir: invocation.outDir } : {}),
        strict: invocation.strict,
        fontPaths: invocation.fontPaths,
        ...(invocation.punctuation ? { punctuation: invocation.punctuation } : {}),
        ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
      });
      diagnostics = result.diagnostics;
      if (diagnostics.length > 0) io.stderr.write(formatDiagnostics(diagnostics, { color, cwd: io.cwd }) + '\n');
      if (result.output) {
        const where = result.output.startsWith(io.cwd + '/') ? result.output.slice(io.cwd.length + 1) : result.output;
        io.stdout.write(`wrote ${where} (${result.pages} pages, ${kib(result.bytes ?? 0)})\n`);
      } else failed++;
    } catch (error) {
      // A stack trace means a bug in bulletin, never a mistake of the user's.
      io.stderr.write(`bulletin: internal error while building ${file}; please report it\n${error instanceof Error ? error.stack : String(error)}\n`);
      return EXIT_INTERNAL;
    }
  }
  return failed > 0 ? EXIT_DOCUMENT_ERROR : EXIT_OK;
}
