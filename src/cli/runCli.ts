import { packageVersion } from '../packageRoot.js';
import type { CommandOutcome } from './commandOutcome.js';
import { parseArgs, type Invocation } from './parseArgs.js';

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

const EXIT_CODES: Readonly<Record<CommandOutcome, number>> = {
  ok: EXIT_OK,
  'document-error': EXIT_DOCUMENT_ERROR,
  'usage-error': EXIT_USAGE,
  'internal-error': EXIT_INTERNAL,
};

type CommandInvocation = Exclude<Invocation, { command: 'version' | 'help' | 'usage-error' }>;

// Each command loads only when it runs (the typesetting stack with build, chokidar with watch),
// so --version and --help stay instant.
async function runCommand(invocation: CommandInvocation, io: CliIo): Promise<CommandOutcome> {
  switch (invocation.command) {
    case 'build':
      return (await import('./commands/build.js')).runBuild(invocation, io);
    case 'new':
      return (await import('./commands/new.js')).runNew(invocation, io);
    case 'check':
      return (await import('./commands/check.js')).runCheck(invocation, io);
    case 'fonts':
      return (await import('./commands/fonts.js')).runFonts(invocation, io);
    case 'watch':
      return (await import('./commands/watch.js')).runWatch(invocation, io);
  }
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
    default:
      try {
        return EXIT_CODES[await runCommand(invocation, io)];
      } catch (error) {
        // A stack trace means a bug in bulletin, never a mistake of the user's.
        io.stderr.write(`bulletin: internal error; please report it\n${error instanceof Error ? error.stack : String(error)}\n`);
        return EXIT_INTERNAL;
      }
  }
}
