import { Option, type Command } from 'commander';
import { t } from '../../messages/catalogue.js';
import { fontFlags, fontPathOption, fontsOption } from './commonOptions.js';
import { wholeNumber } from './wholeNumber.js';

/** `bulletin volume`: a year's issues bound into one PDF. */
export interface VolumeInvocation {
  readonly command: 'volume';
  readonly archive: readonly string[];
  readonly year?: number;
  readonly from?: number;
  readonly to?: number;
  readonly output?: string;
  readonly strict: boolean;
  readonly allowOutside?: boolean;
  readonly punctuation?: 'quanjiao' | 'kaiming' | 'banjiao';
  readonly fontPaths: readonly string[];
  readonly fonts?: 'bundled' | 'installed';
}

interface VolumeOptionValues {
  year?: number;
  from?: number;
  to?: number;
  output?: string;
  strict: boolean;
  allowOutside: boolean;
  punct?: 'quanjiao' | 'kaiming' | 'banjiao';
  fontPath?: string[];
  fonts?: 'bundled' | 'installed';
}

/** Adds `volume` to the program; `set` receives the invocation when it is parsed. */
export function defineVolume(program: Command, set: (i: VolumeInvocation) => void): void {
  program
    .command('volume')
    .description(t('volume.description'))
    .argument('<archive...>', t('volume.archive'))
    .option('--year <YYYY>', t('volume.option-year'), wholeNumber)
    .option('--from <n>', t('volume.option-first-issue'), wholeNumber)
    .option('--to <n>', t('volume.option-last-issue'), wholeNumber)
    .option('-o, --output <file>', t('volume.option-output'))
    .option('--strict', t('cli.option-strict'), false)
    .option('--allow-outside', t('cli.option-allow-outside'), false)
    .addOption(new Option('--punct <style>', t('cli.option-punct')).choices(['quanjiao', 'kaiming', 'banjiao']))
    .addOption(fontPathOption())
    .addOption(fontsOption())
    .addHelpText('after', t('volume.examples'))
    .action((archive: string[], opts: VolumeOptionValues) => {
      set({
        command: 'volume',
        archive,
        ...(opts.year !== undefined ? { year: opts.year } : {}),
        ...(opts.from !== undefined ? { from: opts.from } : {}),
        ...(opts.to !== undefined ? { to: opts.to } : {}),
        ...(opts.output !== undefined ? { output: opts.output } : {}),
        strict: opts.strict,
        ...(opts.allowOutside ? { allowOutside: true } : {}),
        ...(opts.punct ? { punctuation: opts.punct } : {}),
        ...fontFlags(opts),
      });
    });
}
