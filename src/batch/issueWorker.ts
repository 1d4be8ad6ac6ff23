import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { IssueOutcome, IssueTask } from './buildOne.js';
import { workerFile } from './workerFile.js';

/** What this thread sends a worker: an issue to build, numbered for the reply. */
export interface WorkerRequest {
  readonly id: number;
  readonly task: IssueTask;
}

/** What a worker sends back: the outcome of the request of that number. */
export interface WorkerReply {
  readonly id: number;
  readonly outcome: IssueOutcome;
}

/**
 * A worker thread that builds issues (dist/worker.cjs), one after another in the order given.
 * Issues are handed over ahead of time and wait in the worker: it starts the next as soon as one
 * is done, without a round trip through this thread, which is busy setting pages of its own and
 * answers messages only between them.
 */
export class IssueWorker {
  private readonly thread: Worker;
  private readonly waiting = new Map<number, { readonly file: string; readonly done: (outcome: IssueOutcome) => void }>();
  private nextId = 0;
  private death: string | undefined;

  /**
   * Starts the thread at once: it loads the engine while this thread goes on.
   *
   * @param resourceLimits The thread's heap limits (optional, default Node's).
   */
  constructor(resourceLimits?: ResourceLimits) {
    this.thread = new Worker(workerFile(), resourceLimits ? { resourceLimits } : {});
    this.thread.on('message', (reply: WorkerReply) => {
      const request = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      request?.done(reply.outcome);
    });
    this.thread.on('error', (error) => this.die(error.stack ?? error.message));
    this.thread.on('exit', (code) => this.die(`the worker thread stopped (exit code ${code})`));
  }

  /** False once the thread has died: it takes no more issues. */
  get alive(): boolean {
    return this.death === undefined;
  }

  /** Builds one issue in the thread, after those handed over before it. Never rejects. */
  build(task: IssueTask): Promise<IssueOutcome> {
    if (this.death !== undefined) return Promise.resolve(lost(task.file, this.death));
    const id = this.nextId++;
    return new Promise((done) => {
      this.waiting.set(id, { file: task.file, done });
      this.thread.postMessage({ id, task } satisfies WorkerRequest);
    });
  }

  /** Stops the thread; what it still held is reported lost. */
  async close(): Promise<void> {
    await this.thread.terminate();
    this.die('the batch ended before the worker built it');
  }

  // The thread died (a bug, or memory exhausted): each issue it held is that issue's internal error.
  private die(why: string): void {
    this.death ??= why;
    for (const request of this.waiting.values()) request.done(lost(request.file, why));
    this.waiting.clear();
  }
}

function lost(file: string, why: string): IssueOutcome {
  return { file, internalError: why, seconds: 0 };
}
