import { Option, type Command } from 'commander';
import type { OutputFormat } from '../../build/buildIssue.js';
import type { PunctuationStyle } from '../../model/document.js';
import { t } from '../../messages/catalogue.js';
import { fontFlags, fontPathOption, fontsOption } from './commonOptions.js';

/** `bulletin watch`: rebuild an issue, or the issues of a folder, on every save. */
export interface WatchInvocation {
  readonly command: 'watch';
  /** An issue, or a folder of them. */
  readonly file: string;
  readonly outDir?: string;
  readonly strict: boolean;
  readonly allowOutside?: boolean;
  readonly fontPaths: readonly string[];
  readonly fonts?: 'bundled' | 'installed';
  readonly punctuation?: PunctuationStyle;
  readonly format?: OutputFormat;
}

/** Adds `watch` to the program; `set` receives the invocation when it is parsed. */
export function defineWatch(program: Command, set: (i: WatchInvocation) => void): void {
  program
    .command('watch')
    .description(t('cli.watch-description'))
    .argument('<file>', t('cli.watch-file'))
    .option('-o, --out-dir <dir>', t('cli.option-watch-out-dir'))
    .addOption(new Option('-f, --format <format>', t('cli.option-format')).choices(['pdf', 'html', 'both']))
    .option('--strict', t('cli.option-strict'), false)
    .option('--allow-outside', t('cli.option-allow-outside'), false)
    .addOption(new Option('--punct <style>', t('cli.option-punct')).choices(['quanjiao', 'kaiming', 'banjiao']))
    .addOption(fontPathOption())
    .addOption(fontsOption())
    .addHelpText('after', t('cli.watch-examples'))
    .action((file: string, opts: { outDir?: string; format?: OutputFormat; strict: boolean; allowOutside: boolean; fontPath?: string[]; fonts?: 'bundled' | 'installed'; punct?: PunctuationStyle }) => {
      set({
        command: 'watch',
        file,
        ...(opts.outDir !== undefined ? { outDir: opts.outDir } : {}),
        ...(opts.format ? { format: opts.format } : {}),
        strict: opts.strict,
        ...(opts.allowOutside ? { allowOutside: true } : {}),
        ...fontFlags(opts),
        ...(opts.punct ? { punctuation: opts.punct } : {}),
      });
    });
}
