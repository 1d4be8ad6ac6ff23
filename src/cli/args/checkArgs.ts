import type { Command } from 'commander';
import { t } from '../../messages/catalogue.js';
import { fontFlags, fontPathOption, fontsOption } from './commonOptions.js';

/** `bulletin check`: front matter, numbering, typography and glyphs, without building. */
export interface CheckInvocation {
  readonly command: 'check';
  readonly paths: readonly string[];
  readonly fix: boolean;
  readonly strict: boolean;
  readonly allowOutside?: boolean;
  readonly fontPaths: readonly string[];
  readonly fonts?: 'bundled' | 'installed';
}

/** Adds `check` to the program; `set` receives the invocation when it is parsed. */
export function defineCheck(program: Command, set: (i: CheckInvocation) => void): void {
  program
    .command('check')
    .description(t('cli.check-description'))
    .argument('<paths...>', t('cli.check-paths'))
    .option('--fix', t('cli.option-fix'), false)
    .option('--strict', t('cli.option-strict'), false)
    .option('--allow-outside', t('cli.option-allow-outside'), false)
    .addOption(fontPathOption())
    .addOption(fontsOption())
    .addHelpText('after', t('cli.check-examples'))
    .action((paths: string[], opts: { fix: boolean; strict: boolean; allowOutside: boolean; fontPath?: string[]; fonts?: 'bundled' | 'installed' }) => {
      set({ command: 'check', paths, fix: opts.fix, strict: opts.strict, ...(opts.allowOutside ? { allowOutside: true } : {}), ...fontFlags(opts) });
    });
}
