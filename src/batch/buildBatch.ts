import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BuildOptions } from '../build/buildIssue.js';
import { outputPath } from '../build/outputPath.js';
import { sweepTempFiles } from '../build/sweepTempFiles.js';
import type { BatchReport, IssueReport } from './batchReport.js';
import type { IssueOutcome } from './buildOne.js';
import { buildSettings } from './buildSettings.js';
import { ManifestStore, manifestKey, type ManifestEntry } from './manifest.js';
import { runJobs } from './runJobs.js';
import { selectShard, type Shard } from './shard.js';
import { isUpToDate } from './upToDate.js';

/** Options of {@link buildBatch}: those of every build, and how to run the batch. */
export interface BatchOptions extends BuildOptions {
  /** How many issues to build at once (optional, default: the number of cores). */
  readonly jobs?: number;
  /** Build only this part of the input set (optional). */
  readonly shard?: Shard;
  /** Rebuild issues whose outputs are up to date (optional, default false). */
  readonly force?: boolean;
  /** Folder relative paths start from (optional, default `process.cwd()`). */
  readonly cwd?: string;
  /** Called once the shard is chosen, with the number of issues selected (optional). */
  readonly onPlan?: (selected: number) => void;
  /** Called as each issue is skipped or finished, with how many of the selected issues are done (optional). */
  readonly onIssue?: (report: IssueReport, done: number, selected: number) => void;
  /** Options of single issues over the batch's, by absolute path (optional): `bulletin site` gives each its folder and links. */
  readonly perIssue?: ReadonlyMap<string, Pick<BuildOptions, 'outDir' | 'nav'>>;
}

/**
 * The default `--jobs`: one per core. This thread builds as one of them, and workers start only
 * for a batch big enough to repay them (runJobs.ts), so more jobs are never slower than one;
 * bench/run.mjs measures both on the machine at hand.
 */
const DEFAULT_JOBS = (): number => availableParallelism();

interface Planned {
  readonly file: string;
  /** The output folder, where the issue's manifest is. */
  readonly folder: string;
  readonly key: string;
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function relativeTo(folder: string, hashes: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(hashes).map(([file, hash]) => [manifestKey(folder, file), hash]));
}

function builtReport(outcome: IssueOutcome): IssueReport {
  const result = outcome.result;
  const outputs = result?.outputs ?? [];
  return {
    file: outcome.file,
    status: outputs.length > 0 ? 'built' : 'failed',
    outputs,
    ...(result?.pages !== undefined ? { pages: result.pages } : {}),
    ...(result?.bytes !== undefined ? { bytes: result.bytes } : {}),
    ...(result?.htmlBytes !== undefined ? { htmlBytes: result.htmlBytes } : {}),
    diagnostics: result?.diagnostics ?? [],
    ...(outcome.internalError !== undefined ? { internalError: outcome.internalError } : {}),
    seconds: outcome.seconds,
    ...(result?.summary ? { summary: result.summary } : {}),
  };
}

/** What the manifest records of a successful build, or `undefined` when it must not vouch for it. */
function manifestEntry(outcome: IssueOutcome, folder: string, build: BuildOptions): ManifestEntry | undefined {
  const inputs = outcome.result?.inputs;
  const settings = inputs ? buildSettings(inputs.template, build) : undefined;
  if (!inputs || !outcome.hashes || settings === undefined) return undefined;
  return {
    settings,
    template: inputs.template,
    inputs: relativeTo(folder, outcome.hashes.inputs),
    outputs: relativeTo(folder, outcome.hashes.outputs),
    warnings: outcome.result?.diagnostics ?? [],
    ...(outcome.result?.summary ? { summary: outcome.result.summary } : {}),
  };
}

/** Sorts the issues into those whose last build stands (reported as skipped) and those to build. */
async function plan(files: readonly string[], optionsOf: (file: string) => BuildOptions, force: boolean, store: ManifestStore, report: (r: IssueReport) => void): Promise<Planned[]> {
  const stale: Planned[] = [];
  for (const file of files) {
    const checked = performance.now();
    const build = optionsOf(file);
    const folder = path.dirname(outputPath(file, build.outDir));
    const key = manifestKey(folder, file);
    const entry = force ? undefined : await store.get(folder, key);
    // A check that throws (an input that cannot be read in some new way) only costs a rebuild.
    // An entry of an older bulletin without the summary cannot fill the report: built again, once.
    const upToDate = entry?.summary !== undefined && (await isUpToDate(file, folder, entry, buildSettings(entry.template, build)).catch(() => false));
    if (entry && upToDate) {
      const outputs = Object.keys(entry.outputs).map((name) => path.join(folder, name));
      report({ file, status: 'skipped', outputs, diagnostics: entry.warnings, seconds: (performance.now() - checked) / 1000, ...(entry.summary ? { summary: entry.summary } : {}) });
    } else stale.push({ file, folder, key });
  }
  return stale;
}

/**
 * Builds many issues: picks the shard's part, skips the issues whose last build still stands
 * (unless `force`), builds the rest `jobs` at a time, and records each success in the manifest
 * of its output folder. Whatever happens to one issue (a document error, a file-system fault, an
 * exception) is that issue's failure: the others are built and recorded. Temporary files that
 * killed builds left in the output folders are removed first; a damaged manifest is ignored,
 * rewritten and reported in the report's `diagnostics`.
 *
 * @param files The issues (see `collectIssues` for folders).
 * @param options Build options and batch options.
 * @returns Every selected issue in input order, and the counts.
 */
export async function buildBatch(files: readonly string[], options: BatchOptions = {}): Promise<BatchReport> {
  const started = performance.now();
  const { jobs: wanted, shard, force = false, cwd = process.cwd(), onPlan, onIssue, perIssue, ...given } = options;
  // Workers share this process's working folder, not `cwd`: every path they get is absolute.
  const build: BuildOptions = {
    ...given,
    ...(given.outDir !== undefined ? { outDir: path.resolve(cwd, given.outDir) } : {}),
    ...(given.fontPaths ? { fontPaths: given.fontPaths.map((p) => path.resolve(cwd, p)) } : {}),
  };
  const optionsOf = (file: string): BuildOptions => {
    const own = perIssue?.get(file);
    return own ? { ...build, ...own, ...(own.outDir !== undefined ? { outDir: path.resolve(cwd, own.outDir) } : {}) } : build;
  };
  const all = [...new Set(files.map((f) => path.resolve(cwd, f)))];
  const selected = shard ? selectShard(all, shard) : all;
  onPlan?.(selected.length);
  const store = new ManifestStore();
  const reports = new Map<string, IssueReport>();
  const report = (r: IssueReport): void => {
    reports.set(r.file, r);
    onIssue?.(r, reports.size, selected.length);
  };

  // Builds killed between writing and renaming left temporary files: the next batch removes them.
  for (const folder of new Set(selected.map((f) => path.dirname(outputPath(f, optionsOf(f).outDir))))) await sweepTempFiles(folder);
  const stale = await plan(selected, optionsOf, force, store, report);
  const jobs = Math.max(1, Math.min(wanted ?? DEFAULT_JOBS(), stale.length));
  const planned = new Map(stale.map((p) => [p.file, p]));
  const recording: Promise<void>[] = [];
  await runJobs(
    stale.map((p) => ({ file: p.file, options: optionsOf(p.file) })),
    jobs,
    (outcome) => {
      const issue = planned.get(outcome.file);
      let entry: ManifestEntry | undefined;
      try {
        entry = issue ? manifestEntry(outcome, issue.folder, optionsOf(issue.file)) : undefined;
      } catch (error) {
        // Whatever goes wrong with one issue is that issue's failure; the batch goes on.
        outcome = { file: outcome.file, internalError: errorText(error), seconds: outcome.seconds };
      }
      if (issue && entry) recording.push(store.set(issue.folder, issue.key, entry));
      report(builtReport(outcome));
    },
  );
  await Promise.all(recording);
  await store.flush();

  const issues = selected.flatMap((f) => reports.get(f) ?? []);
  const count = (status: IssueReport['status']): number => issues.filter((i) => i.status === status).length;
  return {
    issues,
    total: all.length,
    built: count('built'),
    skipped: count('skipped'),
    failed: count('failed'),
    jobs,
    ...(shard ? { shard } : {}),
    diagnostics: store.diagnostics(),
    seconds: (performance.now() - started) / 1000,
  };
}
