import { Command, CommanderError, Option } from 'commander';

/** What the user asked for: the library call the CLI will make, or a usage error. */
export type Invocation =
  | {
      readonly command: 'build';
      readonly files: readonly string[];
      readonly outDir?: string;
      readonly strict: boolean;
      readonly fontPaths: readonly string[];
      readonly punctuation?: 'quanjiao' | 'kaiming' | 'banjiao';
    }
  | { readonly command: 'version' }
  | { readonly command: 'help'; readonly text: string }
  | { readonly command: 'usage-error'; readonly message: string };

const EXAMPLES = `
Examples:
  $ bulletin build examples/2014-04.md              writes examples/2014-04.pdf
  $ bulletin build examples/2014-04.md --out-dir out  writes out/2014-04.pdf
  $ bulletin build issues/*.md --strict             missing glyphs are errors
  $ bulletin build 2014-04.md --font-path ~/fonts   looks for fonts there first

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
  cmd
    .command('build')
    .description('build issues (Markdown with YAML front matter) to PDF')
    .argument('<files...>', 'issue files')
    .option('-o, --out-dir <dir>', 'folder for the output (default: beside each input)')
    .option('--strict', 'treat missing glyphs as errors', false)
    .addOption(new Option('--punct <style>', 'punctuation style (LAYOUT.md B.2)').choices(['quanjiao', 'kaiming', 'banjiao']))
    .addOption(new Option('--font-path <dir>', 'a folder of fonts to search first (repeatable)').argParser((v: string, prev: string[] = []) => [...prev, v]))
    .exitOverride()
    .configureOutput({ writeOut: onHelp, writeErr: () => undefined })
    .addHelpText('after', EXAMPLES)
    .action((files: string[], opts: { outDir?: string; strict: boolean; fontPath?: string[]; punct?: 'quanjiao' | 'kaiming' | 'banjiao' }) => {
      invocation = {
        command: 'build',
        files,
        ...(opts.outDir !== undefined ? { outDir: opts.outDir } : {}),
        strict: opts.strict,
        fontPaths: opts.fontPath ?? [],
        ...(opts.punct ? { punctuation: opts.punct } : {}),
      };
    });
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
