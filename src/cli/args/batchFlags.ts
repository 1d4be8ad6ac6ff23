import { InvalidArgumentError, Option } from 'commander';
import { parseShard, type Shard } from '../../batch/shard.js';

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
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number ≥ 1.');
  return Number(value);
}

function shard(value: string): Shard {
  const parsed = parseShard(value);
  if (!parsed) throw new InvalidArgumentError('expected K/N with 1 ≤ K ≤ N, e.g. 2/3.');
  return parsed;
}

/** The batch options of `build`, new for each parse (commander options hold their values). */
export function batchOptions(): { readonly jobs: Option; readonly shard: Option; readonly force: Option; readonly json: Option } {
  return {
    jobs: new Option('-j, --jobs <n>', 'issues built at once (default: the number of cores)').argParser(positiveInteger),
    shard: new Option('--shard <k/n>', 'build only the k-th of n disjoint parts of the issues (for a CI matrix)').argParser(shard),
    force: new Option('--force', 'rebuild issues whose outputs are up to date').default(false),
    json: new Option('--json', 'print a machine-readable report on stdout, and nothing else there').default(false),
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
