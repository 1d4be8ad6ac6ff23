import { InvalidArgumentError, Option } from 'commander';
import { parseShard, type Shard } from '../../batch/shard.js';
import { t } from '../../messages/catalogue.js';

/** How `build` runs a batch (README "Building an archive"); a flag not given is absent. */
export interface BatchFlags {
  readonly jobs?: number;
  readonly shard?: Shard;
  readonly force?: true;
  readonly json?: true;
}

/** The batch flags as commander hands them over. */
export interface BatchOptionValues {
  readonly jobs?: number;
  readonly shard?: Shard;
  readonly force?: boolean;
  readonly json?: boolean;
}

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(t('cli.expected-whole-number'));
  return Number(value);
}

function shard(value: string): Shard {
  const parsed = parseShard(value);
  if (!parsed) throw new InvalidArgumentError(t('cli.expected-shard'));
  return parsed;
}

/** The batch options of `build`, new for each parse (commander options hold their values). */
export function batchOptions(): { readonly jobs: Option; readonly shard: Option; readonly force: Option; readonly json: Option } {
  return {
    jobs: new Option('-j, --jobs <n>', t('cli.option-jobs')).argParser(positiveInteger),
    shard: new Option('--shard <k/n>', t('cli.option-shard')).argParser(shard),
    force: new Option('--force', t('cli.option-force')).default(false),
    json: new Option('--json', t('cli.option-json')).default(false),
  };
}

/** The invocation's batch fields. */
export function batchFlags(opts: BatchOptionValues): BatchFlags {
  return {
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
    ...(opts.shard !== undefined ? { shard: opts.shard } : {}),
    ...(opts.force ? { force: true } : {}),
    ...(opts.json ? { json: true } : {}),
  };
}
