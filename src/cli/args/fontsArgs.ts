import type { Command } from 'commander';
import { t } from '../../messages/catalogue.js';
import { fontFlags, fontPathOption, fontsOption } from './commonOptions.js';

/** `bulletin fonts`: the resolved font of each role, and an issue's uncovered characters. */
export interface FontsInvocation {
  readonly command: 'fonts';
  readonly file?: string;
  readonly fontPaths: readonly string[];
  readonly fonts?: 'bundled' | 'installed';
}

/** Adds `fonts` to the program; `set` receives the invocation when it is parsed. */
export function defineFonts(program: Command, set: (i: FontsInvocation) => void): void {
  program
    .command('fonts')
    .description(t('cli.fonts-description'))
    .argument('[file]', t('cli.fonts-file'))
    .addOption(fontPathOption())
    .addOption(fontsOption())
    .addHelpText('after', t('cli.fonts-examples'))
    .action((file: string | undefined, opts: { fontPath?: string[]; fonts?: 'bundled' | 'installed' }) => {
      set({ command: 'fonts', ...(file !== undefined ? { file } : {}), ...fontFlags(opts) });
    });
}
