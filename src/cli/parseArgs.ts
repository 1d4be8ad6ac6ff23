import { Command, CommanderError, Option } from 'commander';
import { batchFlags, batchOptions, type BatchFlags, type BatchOptionValues } from './args/batchFlags.js';
import { fontFlags, fontPathOption, fontsOption } from './args/commonOptions.js';
import { defineCheck, type CheckInvocation } from './args/checkArgs.js';
import { defineFonts, type FontsInvocation } from './args/fontsArgs.js';
import { defineInit, type InitInvocation } from './args/initArgs.js';
import { defineNew, type NewInvocation } from './args/newArgs.js';
import { localiseHelp } from './args/localiseHelp.js';
import { usageMessage } from './args/usageMessage.js';
import { defineVolume, type VolumeInvocation } from './args/volumeArgs.js';
import { defineWatch, type WatchInvocation } from './args/watchArgs.js';
import { defineTemplates, type TemplateNewInvocation, type TemplatesInvocation } from './args/templateArgs.js';
import { defineSite, type SiteInvocation } from './args/siteArgs.js';
import { t } from '../messages/catalogue.js';

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
      readonly pdfa?: boolean;
    } & BatchFlags
  | InitInvocation
  | NewInvocation
  | CheckInvocation
  | FontsInvocation
  | WatchInvocation
  | TemplatesInvocation
  | TemplateNewInvocation
  | VolumeInvocation
  | SiteInvocation
  | { readonly command: 'version' }
  | { readonly command: 'help'; readonly text: string }
  | { readonly command: 'usage-error'; readonly message: string };

// The program is made for each parse, after the CLI has set the language: every description is
// taken from the message catalogue then.
function program(onHelp: (text: string) => void, onVersion: () => void): { cmd: Command; result: () => Invocation | undefined } {
  let invocation: Invocation | undefined;
  const examples = t('cli.examples');
  // No action on the root command, so that commander itself reports an unknown command by name.
  const cmd = localiseHelp(new Command('bulletin'))
    .description(t('cli.description'))
    .option('-V, --version', t('cli.option-version'))
    // Taken out of the arguments before commander sees them (globalFlags); listed here for --help.
    .option('--lang <zh|en>', t('cli.option-lang'))
    .option('--debug', t('cli.option-debug'))
    .on('option:version', onVersion)
    .exitOverride()
    .configureOutput({ writeOut: onHelp, writeErr: () => undefined })
    .addHelpText('after', examples);
  const batch = batchOptions();
  cmd
    .command('build')
    .description(t('cli.build-description'))
    .argument('<files...>', t('cli.build-files'))
    .option('-o, --out-dir <dir>', t('cli.option-out-dir'))
    .option('--strict', t('cli.option-strict'), false)
    .option('--allow-outside', t('cli.option-allow-outside'), false)
    .option('--pdfa', t('pdfa.option'), false)
    .addOption(new Option('--punct <style>', t('cli.option-punct')).choices(['quanjiao', 'kaiming', 'banjiao']))
    .addOption(new Option('-f, --format <format>', t('cli.option-format')).choices(['pdf', 'html', 'both']))
    .addOption(fontPathOption())
    .addOption(fontsOption())
    .addOption(batch.jobs).addOption(batch.shard).addOption(batch.force).addOption(batch.json)
    .addHelpText('after', examples)
    .action((files: string[], opts: { outDir?: string; strict: boolean; allowOutside: boolean; pdfa: boolean; fontPath?: string[]; fonts?: 'bundled' | 'installed'; punct?: 'quanjiao' | 'kaiming' | 'banjiao'; format?: 'pdf' | 'html' | 'both' } & BatchOptionValues) => {
      invocation = {
        command: 'build',
        files,
        ...(opts.outDir !== undefined ? { outDir: opts.outDir } : {}),
        strict: opts.strict,
        ...(opts.allowOutside ? { allowOutside: true } : {}),
        ...(opts.pdfa ? { pdfa: true } : {}),
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
  defineTemplates(cmd, set);
  defineVolume(cmd, set);
  defineSite(cmd, set);
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
  if (args.length === 0) return { command: 'help', text: cmd.helpInformation() + t('cli.examples') + '\n' };
  try {
    cmd.parse([...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (version) return { command: 'version' };
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') return { command: 'help', text: help ?? '' };
      if (error.code === 'commander.version') return { command: 'version' };
      return { command: 'usage-error', message: usageMessage(error) };
    }
    throw error;
  }
  if (version) return { command: 'version' };
  return result() ?? { command: 'help', text: help ?? cmd.helpInformation() };
}
