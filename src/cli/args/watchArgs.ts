import { Option, type Command } from 'commander';
import type { OutputFormat } from '../../build/buildIssue.js';
import type { PunctuationStyle } from '../../model/document.js';
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
    .description('build an issue (or a folder’s issues), then again on every save of it or its bulletin.yaml (Ctrl-C stops)')
    .argument('<file>', 'the issue, or a folder of issues (new ones are built as they appear)')
    .option('-o, --out-dir <dir>', 'folder for the output (default: beside the input)')
    .addOption(new Option('-f, --format <format>', 'what to write: a PDF, a self-contained HTML page, or both (default: pdf)').choices(['pdf', 'html', 'both']))
    .option('--strict', 'treat missing glyphs as errors', false)
    .option('--allow-outside', "allow pictures outside the issue's folder", false)
    .addOption(new Option('--punct <style>', 'punctuation style (docs/layout.md B.2)').choices(['quanjiao', 'kaiming', 'banjiao']))
    .addOption(fontPathOption())
    .addOption(fontsOption())
    .addHelpText('after', '\nExamples:\n  $ bulletin watch 2014-04.md -o out           rebuilds out/2014-04.pdf on every save\n  $ bulletin watch archive -f html -o out      every issue of archive/ as HTML, rebuilt on save\n')
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
