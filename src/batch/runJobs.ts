import { buildOne, type IssueOutcome, type IssueTask } from './buildOne.js';
import { IssueWorker } from './issueWorker.js';

/**
 * How many issues a worker thread must have ahead of it to pay for starting. A worker loads the
 * code and warms up the JIT again, and while it runs both threads build more slowly (two cores
 * shared with V8's compiler and collector threads): about 50 ms an issue each, against 33 ms on
 * one thread alone. Measured on the 2-core bench machine, `-j 1` against `-j 2` with the reference
 * issue repeated (medians of 11–15 interleaved runs): 12 issues 604 against 592 ms, 16 issues 711
 * against 674 ms, 24 issues 925 against 862 ms, 48 issues 1.39 against 1.22 s.
 */
export const ISSUES_PER_WORKER = 12;

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
  const workers = Array.from({ length: workerCount(tasks.length, jobs) }, () => new IssueWorker());
  // Each worker is handed a second issue while it builds one, and starts it as soon as the first
  // is done, while this thread may still be setting a page and cannot answer. Not the last few
  // issues, though: one waiting in a busy worker would keep the batch running after this thread,
  // which could have built it, ran out of work.
  const aheadLeft = workers.length + 1;
  const inWorker = async (worker: IssueWorker, ahead: boolean): Promise<void> => {
    const takeFor = (): IssueTask | undefined => (!worker.alive || (ahead && tasks.length - next <= aheadLeft) ? undefined : take());
    for (let task = takeFor(); task; task = takeFor()) onOutcome(await worker.build(task));
  };
  try {
    await Promise.all([here(), ...workers.flatMap((worker) => [inWorker(worker, false), inWorker(worker, true)])]);
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
}
