import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseShard, type Shard } from '../../batch/shard.js';
import { t } from '../../messages/catalogue.js';
import { batchFlags, batchOptions, type BatchFlags, type BatchOptionValues } from './batchFlags.js';
import { fontFlags, fontPathOption, fontsOption } from './commonOptions.js';

/** `bulletin site`: a static website of an archive (issue 11). */
export type SiteInvocation = {
  readonly command: 'site';
  readonly paths: readonly string[];
  readonly outDir: string;
  readonly baseUrl?: string;
  readonly strict: boolean;
  readonly allowOutside?: boolean;
  readonly fontPaths: readonly string[];
  readonly fonts?: 'bundled' | 'installed';
} & Omit<BatchFlags, 'json'>;

/** An absolute http(s) URL, ending in `/` so that page paths append to it. */
export function baseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError(t('site.bad-base-url'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError(t('site.bad-base-url'));
  const text = url.href.replace(/[?#].*$/, '');
  return text.endsWith('/') ? text : `${text}/`;
}

function shardArg(value: string): Shard {
  const parsed = parseShard(value);
  if (!parsed) throw new InvalidArgumentError(t('cli.expected-shard'));
  return parsed;
}

/** Adds `site` to the program; `set` receives the invocation when it is parsed. */
export function defineSite(program: Command, set: (i: SiteInvocation) => void): void {
  const batch = batchOptions();
  program
    .command('site')
    .description(t('site.description'))
    .argument('<paths...>', t('site.archive'))
    .requiredOption('-o, --out-dir <dir>', t('site.option-out-dir'))
    .addOption(new Option('--base-url <url>', t('site.option-base-url')).argParser(baseUrl))
    .option('--strict', t('cli.option-strict'), false)
    .option('--allow-outside', t('cli.option-allow-outside'), false)
    .addOption(fontPathOption())
    .addOption(fontsOption())
    .addOption(batch.jobs)
    .addOption(new Option('--shard <k/n>', t('site.option-shard')).argParser(shardArg))
    .addOption(batch.force)
    .addHelpText('after', t('site.examples'))
    .action((paths: string[], opts: { outDir: string; baseUrl?: string; strict: boolean; allowOutside: boolean; fontPath?: string[]; fonts?: 'bundled' | 'installed' } & BatchOptionValues) => {
      const { json: _json, ...flags } = batchFlags(opts);
      set({
        command: 'site',
        paths,
        outDir: opts.outDir,
        ...(opts.baseUrl !== undefined ? { baseUrl: opts.baseUrl } : {}),
        strict: opts.strict,
        ...(opts.allowOutside ? { allowOutside: true } : {}),
        ...fontFlags(opts),
        ...flags,
      });
    });
}
