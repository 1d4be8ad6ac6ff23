import { Command, CommanderError, Option } from 'commander';
import { batchFlags, batchOptions, type BatchFlags, type BatchOptionValues } from './args/batchFlags.js';
import { fontFlags, fontPathOption, fontsOption } from './args/commonOptions.js';
import { defineCheck, type CheckInvocation } from './args/checkArgs.js';
import { defineFonts, type FontsInvocation } from './args/fontsArgs.js';
import { defineInit, type InitInvocation } from './args/initArgs.js';
import { defineNew, type NewInvocation } from './args/newArgs.js';
import { defineWatch, type WatchInvocation } from './args/watchArgs.js';

/** What the user asked for: the library call the CLI will make, or a usage error. */
export type Invocation =
  | {
      readonly command: 'build';
      readonly files: readonly string[];
      readonly outDir?: string;
      readonly strict: boolean;
      readonly fontPaths: readonly string[];
      readonly fonts?: 'bundled' | 'installed';
      readonly punctuation?: 'quanjiao' | 'kaiming' | 'banjiao';
      readonly format?: 'pdf' | 'html' | 'both';
      readonly allowOutside?: boolean;
    } & BatchFlags
  | InitInvocation
  | NewInvocation
  | CheckInvocation
  | FontsInvocation
  | WatchInvocation
  | { readonly command: 'version' }
  | { readonly command: 'help'; readonly text: string }
  | { readonly command: 'usage-error'; readonly message: string };

const EXAMPLES = `
Examples:
  $ bulletin build examples/2014-04.md              writes examples/2014-04.pdf
  $ bulletin build examples/2014-04.md --out-dir out  writes out/2014-04.pdf
  $ bulletin build issues/*.md --strict             missing glyphs are errors
  $ bulletin build 2014-04.md --font-path ~/fonts   looks for fonts there first
  $ bulletin build 2014-04.md -f both               writes 2014-04.pdf and 2014-04.html
  $ bulletin build archive --jobs 4                 every issue of a folder, 4 at a time
  $ bulletin build archive --shard 2/3 --json       the 2nd of 3 parts, a JSON report on stdout
  $ bulletin init archive --title 金桥会议传真         starts an archive: bulletin.yaml and its first issue
  $ bulletin new --dir archive                      creates the next issue, e.g. archive/2014-05.md
  $ bulletin check archive --fix                    numbering, typography, glyphs; fixes marks

Exit codes: 0 built, 1 a document error (file:line:col printed), 2 a usage error.`;

function program(onHelp: (text: string) => void, onVersion: () => void): { cmd: Command; result: () => Invocation | undefined } {
  let invocation: Invocation | undefined;
  // No action on the root command, so that commander itself reports an unknown command by name.
  const cmd = new Command('bulletin')
    .description('Typesets Chinese bulletins (简报) from Markdown into print-quality PDF')
    .option('-V, --version', 'print the version')
    .on('option:version', onVersion)
    .exitOverride()
    .configureOutput({ writeOut: onHelp, writeErr: () => undefined })
    .addHelpText('after', EXAMPLES);
  const batch = batchOptions();
  cmd
    .command('build')
    .description('build issues (Markdown with YAML front matter) to PDF')
    .argument('<files...>', 'issue files, or folders of them')
    .option('-o, --out-dir <dir>', 'folder for the output (default: beside each input)')
    .option('--strict', 'treat missing glyphs as errors', false)
    .option('--allow-outside', "allow pictures outside the issue's folder", false)
    .addOption(new Option('--punct <style>', 'punctuation style (docs/layout.md B.2)').choices(['quanjiao', 'kaiming', 'banjiao']))
    .addOption(new Option('-f, --format <format>', 'what to write: a PDF, a self-contained HTML page, or both (default: pdf)').choices(['pdf', 'html', 'both']))
    .addOption(fontPathOption())
    .addOption(fontsOption())
    .addOption(batch.jobs).addOption(batch.shard).addOption(batch.force).addOption(batch.json)
    .exitOverride()
    .configureOutput({ writeOut: onHelp, writeErr: () => undefined })
    .addHelpText('after', EXAMPLES)
    .action((files: string[], opts: { outDir?: string; strict: boolean; allowOutside: boolean; fontPath?: string[]; fonts?: 'bundled' | 'installed'; punct?: 'quanjiao' | 'kaiming' | 'banjiao'; format?: 'pdf' | 'html' | 'both' } & BatchOptionValues) => {
      invocation = {
        command: 'build',
        files,
        ...(opts.outDir !== undefined ? { outDir: opts.outDir } : {}),
        strict: opts.strict,
        ...(opts.allowOutside ? { allowOutside: true } : {}),
        ...fontFlags(opts),
        ...(opts.punct ? { punctuation: opts.punct } : {}),
        ...(opts.format ? { format: opts.format } : {}),
        ...batchFlags(opts),
      };
    });
  const set = (i: Invocation): void => {
    invocation = i;
  };
  defineInit(cmd, set);
  defineNew(cmd, set);
  defineCheck(cmd, set);
  defineFonts(cmd, set);
  defineWatch(cmd, set);
  return { cmd, result: () => invocation };
}

/** Parses command-line arguments (without `node` and the script) into an invocation; never exits. */
export function parseArgs(args: readonly string[]): Invocation {
  let help: string | undefined;
  let version = false;
  const { cmd, result } = program(
    (text) => {
      help = (help ?? '') + text;
    },
    () => {
      version = true;
    },
  );
  if (args.length === 0) return { command: 'help', text: cmd.helpInformation() + EXAMPLES + '\n' };
  try {
    cmd.parse([...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (version) return { command: 'version' };
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') return { command: 'help', text: help ?? '' };
      if (error.code === 'commander.version') return { command: 'version' };
      return { command: 'usage-error', message: error.message.replace(/^error: /, '') };
    }
    throw error;
  }
  if (version) return { command: 'version' };
  return result() ?? { command: 'help', text: help ?? cmd.helpInformation() };
}
