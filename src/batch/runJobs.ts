import { buildOne, type IssueOutcome, type IssueTask } from './buildOne.js';
import { workerFile } from './workerFile.js';

/**
 * Builds every task, reporting each outcome as it comes. One job runs in this thread (no worker
 * to start, and the fonts this process already parsed are reused); more run on a pool of worker
 * threads, each parsing the fonts once for all the issues it builds.
 *
 * @param tasks The issues to build, started in this order.
 * @param jobs How many to build at once.
 * @param onOutcome Called once per task, in the order they finish.
 */
export async function runJobs(tasks: readonly IssueTask[], jobs: number, onOutcome: (outcome: IssueOutcome) => void): Promise<void> {
  if (jobs <= 1 || tasks.length <= 1) {
    for (const task of tasks) onOutcome(await buildOne(task));
    return;
  }
  // Loaded here only: a one-job build never pays for the pool.
  const { Tinypool } = await import('tinypool');
  const threads = Math.min(jobs, tasks.length);
  const pool = new Tinypool({ filename: workerFile(), minThreads: threads, maxThreads: threads });
  try {
    await Promise.all(
      tasks.map((task) =>
        (pool.run(task) as Promise<IssueOutcome>).then(onOutcome, (error: unknown) =>
          // The worker itself died (buildOne never throws): a bug, reported against the issue it held.
          onOutcome({ file: task.file, internalError: error instanceof Error ? (error.stack ?? error.message) : String(error), seconds: 0 }),
        ),
      ),
    );
  } finally {
    await pool.destroy();
  }
}
