import { MultiBar, Presets } from 'cli-progress';
import type { BatchReport, IssueReport } from '../batch/batchReport.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { t } from '../messages/catalogue.js';
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
  if (report.status === 'skipped') return report.outputs.map((o) => `${t('cli.up-to-date', { file: displayPath(o, cwd) })}\n`);
  return report.outputs.map((o) => `${wroteLine(o, report, cwd)}\n`);
}

/**
 * The line for an output written: its size, and for a PDF its pages.
 *
 * @param output The file written.
 * @param sizes The build's page count and sizes.
 * @param cwd The folder paths are shown relative to.
 */
export function wroteLine(output: string, sizes: { readonly pages?: number; readonly bytes?: number; readonly htmlBytes?: number }, cwd: string): string {
  const file = displayPath(output, cwd);
  return output.endsWith('.pdf')
    ? t('cli.wrote-pdf', { file, pages: sizes.pages ?? 0, size: kib(sizes.bytes ?? 0) })
    : t('cli.wrote', { file, size: kib(sizes.htmlBytes ?? 0) });
}

function summary(r: BatchReport): string {
  const line = t('cli.batch-summary', {
    shard: r.shard ? `${r.shard.index}/${r.shard.count}` : '',
    selected: r.issues.length,
    total: r.total,
    built: r.built,
    skipped: r.skipped,
    failed: r.failed,
    seconds: r.seconds.toFixed(1),
    jobs: r.built + r.failed > 0 ? r.jobs : 0,
  });
  return `${line}\n`;
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
        { stream: io.stderr as NodeJS.WritableStream, format: ` {bar} {value}/{total} ${t('cli.progress-issues')}  {file}`, hideCursor: true, clearOnComplete: true },
        Presets.shades_classic,
      );
      bar = bars.create(selected, 0, { file: '' });
    },
    issue(report, done) {
      if (report.diagnostics.length > 0) log(formatDiagnostics(report.diagnostics, { color: options.color, cwd: io.cwd }) + '\n');
      if (report.internalError !== undefined) {
        log(internalErrorText(report.internalError, options.debug ?? false, displayPath(report.file, io.cwd)));
      } else if (report.status === 'failed' && many) log(`${t('cli.failed', { file: displayPath(report.file, io.cwd) })}\n`);
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
