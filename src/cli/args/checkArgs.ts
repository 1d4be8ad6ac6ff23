import type { Command } from 'commander';
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
    .description('check issues without building them: front matter, archive numbering, typography, glyphs')
    .argument('<paths...>', 'issue files or archive folders')
    .option('--fix', 'apply the safe typographic fixes to the files', false)
    .option('--strict', 'treat missing glyphs as errors', false)
    .option('--allow-outside', "allow pictures outside the issue's folder", false)
    .addOption(fontPathOption())
    .addOption(fontsOption())
    .addHelpText('after', '\nExamples:\n  $ bulletin check archive                     the whole archive, numbering included\n  $ bulletin check 2014-04.md --fix            writes ，：“” …… —— for , : "" ... --\n\nExit codes: 0 no errors (warnings allowed), 1 errors, 2 a usage error.\n')
    .action((paths: string[], opts: { fix: boolean; strict: boolean; allowOutside: boolean; fontPath?: string[]; fonts?: 'bundled' | 'installed' }) => {
      set({ command: 'check', paths, fix: opts.fix, strict: opts.strict, ...(opts.allowOutside ? { allowOutside: true } : {}), ...fontFlags(opts) });
    });
}
