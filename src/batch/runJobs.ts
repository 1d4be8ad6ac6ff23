import { buildOne, type IssueOutcome, type IssueTask } from './buildOne.js';
import { esmPackages } from '../esmImport.js';
import { workerFile } from './workerFile.js';

/**
 * How many issues a worker thread must have ahead of it to pay for starting. A worker loads the
 * code, parses the fonts and warms up the JIT again: about 0.8 s of CPU, while a warm thread
 * builds an issue in 20–35 ms. Measured on the 2-core bench machine (`-j 1` against `-j 2`,
 * the reference issue repeated): 24 issues 1.05 s against 1.29 s, 72 issues 2.07 s against
 * 2.08 s, 200 issues 4.66 s against 4.13 s. A worker repays its start from about forty issues.
 */
export const ISSUES_PER_WORKER = 40;

/**
 * How many worker threads a batch gets: this thread is one of the `jobs`, and a worker only
 * starts when there are enough issues for it ({@link ISSUES_PER_WORKER}).
 *
 * @param tasks How many issues are to be built.
 * @param jobs How many may be built at once.
 */
export function workerCount(tasks: number, jobs: number): number {
  return Math.max(0, Math.min(jobs - 1, Math.floor((tasks - 1) / ISSUES_PER_WORKER)));
}

/**
 * Builds every task, reporting each outcome as it comes. This thread builds too (its code and
 * fonts are loaded once, and reused from one issue to the next); with more than one job, worker
 * threads take issues from the same queue, each parsing the fonts once for all it builds, as
 * many as the batch is big enough for ({@link workerCount}). Whoever is free takes the next issue.
 *
 * @param tasks The issues to build, started in this order.
 * @param jobs How many to build at once.
 * @param onOutcome Called once per task, in the order they finish.
 */
export async function runJobs(tasks: readonly IssueTask[], jobs: number, onOutcome: (outcome: IssueOutcome) => void): Promise<void> {
  let next = 0;
  const take = (): IssueTask | undefined => tasks[next++];
  const here = async (): Promise<void> => {
    for (let task = take(); task; task = take()) onOutcome(await buildOne(task));
  };
  const workers = workerCount(tasks.length, jobs);
  if (workers === 0) return here();
  // Loaded here only: a batch too small for workers never pays for the pool.
  const { Tinypool } = await esmPackages().tinypool();
  const pool = new Tinypool({ filename: workerFile(), minThreads: workers, maxThreads: workers });
  const inWorker = async (): Promise<void> => {
    for (let task = take(); task; task = take()) {
      const current = task;
      onOutcome(
        await (pool.run(current) as Promise<IssueOutcome>).catch((error: unknown) => ({
          // The worker itself died (buildOne never throws): a bug, reported against the issue it held.
          file: current.file,
          internalError: error instanceof Error ? (error.stack ?? error.message) : String(error),
          seconds: 0,
        })),
      );
    }
  };
  try {
    // Two issues queued per worker: one builds while the next waits, so a worker never idles
    // while this thread is busy setting a page and cannot hand it another.
    await Promise.all([here(), ...Array.from({ length: 2 * workers }, inWorker)]);
  } finally {
    await pool.destroy();
  }
}
