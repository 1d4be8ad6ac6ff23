import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { IssueOutcome, IssueTask } from '../../src/batch/buildOne.js';
import { IssueWorker } from '../../src/batch/issueWorker.js';
import type { Diagnostic } from '../../src/index.js';

// The invariant of issue 10, point 7, for any input: a PDF that passes `qpdf --check`, or errors
// that each name a file and a line (or the whole file); never an exception, never a hang. Builds
// run in this process, on the batch's own worker threads (the bundled dist/worker.cjs), so that a
// case that hangs or runs out of memory is stopped by ending its thread, and two cases run at once.

const exec = promisify(execFile);

/** What went wrong with one case, or `undefined` when it kept the invariant. */
export type Breach = string | undefined;

/** Options of {@link InvariantChecker}. */
export interface CheckerOptions {
  /** Folder for the cases and their PDFs (a fresh temporary one). */
  readonly dir: string;
  /** Longest time one build may take before it counts as a hang (optional, default 10 s). */
  readonly timeoutMs?: number;
  /** Threads (optional, default 2). */
  readonly threads?: number;
}

/** Lines as Markdown counts them: a line feed, a carriage return, or both together end a line. */
function lines(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

/** Why an error diagnostic is not located, if it is not: a file, and a line within it (or 0, the whole file). */
async function unlocated(d: Diagnostic, sizes: Map<string, number>): Promise<Breach> {
  if (typeof d.file !== 'string' || d.file === '') return `${d.rule}: no file`;
  if (!Number.isInteger(d.line) || d.line < 0) return `${d.rule}: line ${d.line}`;
  if (!Number.isInteger(d.column) || d.column < 0) return `${d.rule}: column ${d.column}`;
  if (d.line === 0) return undefined;
  let size = sizes.get(d.file);
  if (size === undefined) {
    size = await readFile(d.file, 'utf8').then(lines, () => Number.POSITIVE_INFINITY);
    sizes.set(d.file, size);
  }
  return d.line > size ? `${d.rule}: line ${d.line} past the end of ${path.basename(d.file)} (${size} lines)` : undefined;
}

/**
 * Builds cases and checks the invariant. PDFs are kept until {@link checkPdfs}, which runs qpdf
 * over them in two long shell loops rather than one spawn per file.
 */
export class InvariantChecker {
  private readonly idle: IssueWorker[] = [];
  private readonly waiting: ((worker: IssueWorker) => void)[] = [];
  private readonly all = new Set<IssueWorker>();
  private readonly pdfs = new Map<string, string>();
  private readonly timeoutMs: number;
  private count = 0;

  constructor(private readonly options: CheckerOptions) {
    const threads = options.threads ?? 2;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    for (let i = 0; i < threads; i++) this.idle.push(this.startWorker());
  }

  private startWorker(): IssueWorker {
    // 1 GB is the bound the issue sets for any input of 10 MB or less.
    const worker = new IssueWorker({ maxOldGenerationSizeMb: 1024 });
    this.all.add(worker);
    return worker;
  }

  private async borrow(): Promise<IssueWorker> {
    return this.idle.pop() ?? new Promise((lend) => this.waiting.push(lend));
  }

  private giveBack(worker: IssueWorker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  /** Ends a worker that hung or died, and puts a fresh one in its place. */
  private replace(worker: IssueWorker): void {
    this.all.delete(worker);
    void worker.close();
    this.giveBack(this.startWorker());
  }

  /**
   * Builds `text` as an issue file (or the file `file` already written) and checks the invariant
   * but for qpdf.
   *
   * @param name A name for the case, used in the file name and in reports.
   * @param text The whole file (front matter and body), or `undefined` when `file` exists already.
   * @param file Where the case is (optional, default a fresh name in the folder).
   */
  async check(name: string, text: string | Uint8Array | undefined, file?: string): Promise<Breach> {
    const n = ++this.count;
    const caseDir = path.join(this.options.dir, 'cases');
    const issue = file ?? path.join(caseDir, `${n}-${name.replace(/[^\w-]/g, '_').slice(0, 40)}.md`);
    if (text !== undefined) {
      await mkdir(path.dirname(issue), { recursive: true });
      await writeFile(issue, text);
    }
    const task: IssueTask = { file: issue, options: { outDir: path.join(this.options.dir, 'out', String(n)), systemFontDirs: [], format: 'pdf' } };
    const worker = await this.borrow();
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<'hang'>((told) => {
      timer = setTimeout(() => told('hang'), this.timeoutMs);
    });
    const outcome: IssueOutcome | 'hang' = await Promise.race([worker.build(task), hang]);
    clearTimeout(timer);
    if (outcome === 'hang') {
      this.replace(worker);
      return `hang: no answer within ${this.timeoutMs / 1000} s`;
    }
    if (!worker.alive) {
      this.replace(worker);
      return `worker died: ${outcome.internalError ?? ''}`;
    }
    this.giveBack(worker);
    if (outcome.internalError !== undefined) return `exception: ${outcome.internalError.split('\n').slice(0, 3).join(' / ')}`;
    const result = outcome.result;
    if (result === undefined) return 'no result';
    const pdf = result.output;
    if (pdf !== undefined) {
      this.pdfs.set(pdf, name);
      return undefined;
    }
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) return 'no PDF and no error';
    const sizes = new Map<string, number>();
    for (const d of errors) {
      const why = await unlocated(d, sizes);
      if (why !== undefined) return `unlocated error: ${why}`;
    }
    return undefined;
  }

  /** Runs `qpdf --check` on every PDF built since the last call; returns the names of the cases it rejects, with why. */
  async checkPdfs(): Promise<string[]> {
    const files = [...this.pdfs.keys()];
    const names = new Map(this.pdfs);
    this.pdfs.clear();
    const half = Math.ceil(files.length / 2);
    // One shell per half: qpdf's start-up dominates its time on small files, node's spawn would double it.
    const script = 'for f; do qpdf --check "$f" >/dev/null 2>&1; c=$?; [ $c -ne 0 ] && echo "$c $f"; done; true';
    const outputs = await Promise.all(
      [files.slice(0, half), files.slice(half)].filter((part) => part.length > 0).map((part) => exec('sh', ['-c', script, 'sh', ...part], { maxBuffer: 1 << 24 })),
    );
    const rejected: string[] = [];
    for (const { stdout } of outputs) {
      for (const line of stdout.split('\n').filter(Boolean)) {
        const [code, ...rest] = line.split(' ');
        const file = rest.join(' ');
        rejected.push(`${names.get(file) ?? file}: qpdf --check exit ${code}`);
      }
    }
    await Promise.all(files.map((f) => rm(f, { force: true })));
    return rejected;
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    await Promise.all([...this.all].map((worker) => worker.close()));
  }
}
