import { MultiBar, Presets } from 'cli-progress';
import type { BatchReport, IssueReport } from '../batch/batchReport.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { displayPath, isCI, kib } from './displayPath.js';
import { internalErrorText } from './reportInternalError.js';
import type { CliIo } from './runCli.js';

/** What the build command shows while a batch runs. */
export interface BatchProgress {
  /** The batch is about to build `stale` of its `selected` issues. */
  plan(selected: number): void;
  /** An issue is done (built, skipped or failed). */
  issue(report: IssueReport, done: number, selected: number): void;
  /** The batch is over: stops the bar and prints the summary. */
  finish(report: BatchReport): void;
  /** Stops the bar without a summary (after an exception). */
  stop(): void;
}

/** Options of {@link createBatchProgress}. */
export interface ProgressOptions {
  /** stdout belongs to the JSON report: the per-issue lines go to stderr. */
  readonly json: boolean;
  readonly color: boolean;
  /** Print the stack trace of an internal error (optional, default false). */
  readonly debug?: boolean;
}

function outputLines(report: IssueReport, cwd: string): string[] {
  if (report.status === 'skipped') return report.outputs.map((o) => `up to date: ${displayPath(o, cwd)}\n`);
  return report.outputs.map((o) => {
    const pages = report.pages ?? 0;
    const size = o.endsWith('.pdf') ? `${pages} ${pages === 1 ? 'page' : 'pages'}, ${kib(report.bytes ?? 0)}` : kib(report.htmlBytes ?? 0);
    return `wrote ${displayPath(o, cwd)} (${size})\n`;
  });
}

function summary(r: BatchReport): string {
  const issues = (n: number): string => `${n} ${n === 1 ? 'issue' : 'issues'}`;
  const scope = r.shard ? `shard ${r.shard.index}/${r.shard.count}: ${r.issues.length} of ${issues(r.total)}` : issues(r.issues.length);
  const jobs = r.built + r.failed > 0 ? ` (${r.jobs} ${r.jobs === 1 ? 'job' : 'jobs'})` : '';
  return `${scope}: ${r.built} built, ${r.skipped} up to date, ${r.failed} failed in ${r.seconds.toFixed(1)} s${jobs}\n`;
}

/**
 * A progress bar on a terminal (on stderr), or plain lines — one per output written or up to
 * date — when stderr is not a terminal or under CI, where a bar's redraws would fill the log.
 * Diagnostics and failures are printed as they come, above the bar. The summary goes to stderr
 * for batches of more than one issue.
 */
export function createBatchProgress(io: CliIo, options: ProgressOptions): BatchProgress {
  const useBar = io.stderr.isTTY === true && !isCI(io.env);
  const lines = options.json ? io.stderr : io.stdout;
  let bars: MultiBar | undefined;
  let bar: ReturnType<MultiBar['create']> | undefined;
  let many = false;
  const log = (text: string): void => {
    if (bars) bars.log(text);
    else io.stderr.write(text);
  };
  return {
    plan(selected) {
      many = selected > 1;
      if (!useBar || !many) return;
      // cli-progress only writes to the stream and reads its isTTY and columns, as CliIo's stderr allows.
      bars = new MultiBar(
        { stream: io.stderr as NodeJS.WritableStream, format: ' {bar} {value}/{total} issues  {file}', hideCursor: true, clearOnComplete: true },
        Presets.shades_classic,
      );
      bar = bars.create(selected, 0, { file: '' });
    },
    issue(report, done) {
      if (report.diagnostics.length > 0) log(formatDiagnostics(report.diagnostics, { color: options.color, cwd: io.cwd }) + '\n');
      if (report.internalError !== undefined) {
        log(internalErrorText(report.internalError, options.debug ?? false, displayPath(report.file, io.cwd)));
      } else if (report.status === 'failed' && many) log(`failed: ${displayPath(report.file, io.cwd)}\n`);
      if (bar) bar.update(done, { file: displayPath(report.file, io.cwd) });
      else for (const line of outputLines(report, io.cwd)) lines.write(line);
    },
    finish(report) {
      this.stop();
      if (report.diagnostics.length > 0) io.stderr.write(formatDiagnostics(report.diagnostics, { color: options.color, cwd: io.cwd }) + '\n');
      if (many || report.shard) io.stderr.write(summary(report));
    },
    stop() {
      // cli-progress prints logged lines at its next redraw, and stop() drops what is still waiting.
      bars?.update();
      bars?.stop();
      bars = undefined;
      bar = undefined;
    },
  };
}
