import { Option, type Command } from 'commander';
import type { PunctuationStyle } from '../../model/document.js';
import { fontPathOption } from './commonOptions.js';

/** `bulletin watch`: rebuild an issue on every save. */
export interface WatchInvocation {
  readonly command: 'watch';
  readonly file: string;
  readonly outDir?: string;
  readonly strict: boolean;
  readonly fontPaths: readonly string[];
  readonly punctuation?: PunctuationStyle;
}

/** Adds `watch` to the program; `set` receives the invocation when it is parsed. */
export function defineWatch(program: Command, set: (i: WatchInvocation) => void): void {
  program
    .command('watch')
    .description('build an issue, then again on every save of it or its bulletin.yaml (Ctrl-C stops)')
    .argument('<file>', 'the issue')
    .option('-o, --out-dir <dir>', 'folder for the output (default: beside the input)')
    .option('--strict', 'treat missing glyphs as errors', false)
    .addOption(new Option('--punct <style>', 'punctuation style (LAYOUT.md B.2)').choices(['quanjiao', 'kaiming', 'banjiao']))
    .addOption(fontPathOption())
    .addHelpText('after', '\nExamples:\n  $ bulletin watch 2014-04.md -o out           rebuilds out/2014-04.pdf on every save\n')
    .action((file: string, opts: { outDir?: string; strict: boolean; fontPath?: string[]; punct?: PunctuationStyle }) => {
      set({
        command: 'watch',
        file,
        ...(opts.outDir !== undefined ? { outDir: opts.outDir } : {}),
        strict: opts.strict,
        fontPaths: opts.fontPath ?? [],
        ...(opts.punct ? { punctuation: opts.punct } : {}),
      });
    });
}
