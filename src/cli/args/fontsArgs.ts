import type { Command } from 'commander';
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
    .description('show the font each role resolves to; given an issue, the characters no font has')
    .argument('[file]', 'an issue: use its fonts: setting and check its text')
    .addOption(fontPathOption())
    .addOption(fontsOption())
    .addHelpText('after', '\nExamples:\n  $ bulletin fonts                             the fonts of this folder’s bulletin.yaml\n  $ bulletin fonts 2014-04.md                  and the characters of 2014-04.md no font has\n')
    .action((file: string | undefined, opts: { fontPath?: string[]; fonts?: 'bundled' | 'installed' }) => {
      set({ command: 'fonts', ...(file !== undefined ? { file } : {}), ...fontFlags(opts) });
    });
}
