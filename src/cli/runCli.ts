import { t } from '../messages/catalogue.js';
import { setLanguage } from '../messages/language.js';
import { fileFault } from '../build/fileFault.js';
import { packageVersion } from '../packageRoot.js';
import type { CommandOutcome } from './commandOutcome.js';
import { faultLine } from './faultLine.js';
import { globalFlags } from './globalFlags.js';
import { parseArgs, type Invocation } from './parseArgs.js';
import { reportInternalError } from './reportInternalError.js';

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
async function runCommand(invocation: CommandInvocation, io: CliIo, debug: boolean): Promise<CommandOutcome> {
  switch (invocation.command) {
    case 'build':
      return (await import('./commands/build.js')).runBuild(invocation, io, debug);
    case 'init':
      return (await import('./commands/init.js')).runInit(invocation, io);
    case 'new':
      return (await import('./commands/new.js')).runNew(invocation, io);
    case 'check':
      return (await import('./commands/check.js')).runCheck(invocation, io);
    case 'fonts':
      return (await import('./commands/fonts.js')).runFonts(invocation, io);
    case 'watch':
      return (await import('./commands/watch.js')).runWatch(invocation, io, debug);
    case 'templates':
      return (await import('./commands/templates.js')).runTemplates(invocation, io);
    case 'template-new':
      return (await import('./commands/templates.js')).runTemplateNew(invocation, io);
    case 'volume':
      return (await import('./commands/volume.js')).runVolume(invocation, io);
    case 'site':
      return (await import('./commands/site.js')).runSite(invocation, io, debug);
  }
}

/** Runs the command line `args` (without node and the script) and returns the exit code. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const flags = globalFlags(args, io.env);
  setLanguage(flags.language);
  if (flags.badLanguage !== undefined) {
    io.stderr.write(`bulletin: ${t('cli.bad-language', { value: flags.badLanguage })}\n${t('cli.run-help')}\n`);
    return EXIT_USAGE;
  }
  const invocation = parseArgs(flags.rest);
  switch (invocation.command) {
    case 'version':
      io.stdout.write(`bulletin ${packageVersion()}\n`);
      return EXIT_OK;
    case 'help':
      io.stdout.write(invocation.text);
      return EXIT_OK;
    case 'usage-error':
      io.stderr.write(`bulletin: ${invocation.message}\n${t('cli.run-help')}\n`);
      return EXIT_USAGE;
    default:
      try {
        return EXIT_CODES[await runCommand(invocation, io, flags.debug)];
      } catch (error) {
        // A folder that cannot be written or a full disk, met outside a build (new, check --fix):
        // the machine's state, said in one line, not a bug.
        const fault = fileFault(error);
        if (fault !== undefined) {
          io.stderr.write(faultLine(fault, io.cwd));
          return EXIT_DOCUMENT_ERROR;
        }
        reportInternalError(error, io, flags.debug);
        return EXIT_INTERNAL;
      }
  }
}

export { reportInternalError };
