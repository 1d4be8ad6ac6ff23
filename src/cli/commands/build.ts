import path from 'node:path';
import { buildBatch, type BatchOptions } from '../../batch/buildBatch.js';
import type { BatchReport } from '../../batch/batchReport.js';
import { collectIssues } from '../../batch/collectIssues.js';
import { outputClashes } from '../../batch/outputClashes.js';
import { fileInTheWay } from '../../build/fileFault.js';
import { parseSourceDateEpoch } from '../../build/sourceDateEpoch.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { useColor } from '../../diagnostics/format.js';
import { t } from '../../messages/catalogue.js';
import { packageVersion } from '../../packageRoot.js';
import { createBatchProgress } from '../batchProgress.js';
import type { CommandOutcome } from '../commandOutcome.js';
import { displayPath } from '../displayPath.js';
import { fontPathProblems } from '../fontPathProblems.js';
import type { Invocation } from '../parseArgs.js';
import { reportInternalError } from '../reportInternalError.js';
import type { CliIo } from '../runCli.js';
import { blockedFolderProblems, collectedProblems, epochProblems, reportUsageProblems } from '../usageProblems.js';

type BuildInvocation = Extract<Invocation, { command: 'build' }>;

/** The flags as library options: every path resolved against the CLI's working folder. */
async function batchOptions(invocation: BuildInvocation, io: CliIo, epoch: number | undefined): Promise<BatchOptions> {
  // Only HTML uses the font subset cache; its module loads harfbuzz, which a PDF batch need not wait for.
  const html = invocation.format === 'html' || invocation.format === 'both';
  const cacheDir = html ? (await import('../../render/html/woff2Subset.js')).defaultCacheDir(io.env) : undefined;
  return {
    ...(invocation.outDir !== undefined ? { outDir: path.resolve(io.cwd, invocation.outDir) } : {}),
    strict: invocation.strict,
    fontPaths: invocation.fontPaths.map((p) => path.resolve(io.cwd, p)),
    ...(invocation.fonts ? { fonts: invocation.fonts } : {}),
    ...(invocation.punctuation ? { punctuation: invocation.punctuation } : {}),
    ...(invocation.allowOutside ? { allowOutside: true } : {}),
    ...(invocation.pdfa ? { pdfa: true } : {}),
    ...(epoch !== undefined ? { sourceDateEpoch: epoch } : {}),
    ...(invocation.format ? { format: invocation.format } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    ...(invocation.jobs !== undefined ? { jobs: invocation.jobs } : {}),
    ...(invocation.shard ? { shard: invocation.shard } : {}),
    force: invocation.force ?? false,
    cwd: io.cwd,
  };
}

function jsonDiagnostic(d: Diagnostic, cwd: string): Diagnostic {
  // The report is the same whatever the reader's language: English words, without the catalogue references.
  const { text: _words, ...rest } = d;
  return { ...rest, file: displayPath(d.file, cwd) };
}

/** The PDF and the HTML page among an issue's outputs, by kind. */
function outputsByKind(outputs: readonly string[], cwd: string): { pdf?: string; html?: string } {
  const pdf = outputs.find((o) => o.endsWith('.pdf'));
  const html = outputs.find((o) => o.endsWith('.html'));
  return { ...(pdf !== undefined ? { pdf: displayPath(pdf, cwd) } : {}), ...(html !== undefined ? { html: displayPath(html, cwd) } : {}) };
}

/** The `--json` report: the batch report with paths as the user gave them (relative to the working folder). */
export function jsonReport(report: BatchReport, cwd: string): unknown {
  return {
    bulletin: packageVersion(),
    total: report.total,
    ...(report.shard ? { shard: report.shard } : {}),
    selected: report.issues.length,
    built: report.built,
    skipped: report.skipped,
    failed: report.failed,
    jobs: report.jobs,
    seconds: Number(report.seconds.toFixed(3)),
    diagnostics: report.diagnostics.map((d) => jsonDiagnostic(d, cwd)),
    issues: report.issues.map(({ summary, ...i }) => ({
      ...i,
      file: displayPath(i.file, cwd),
      // Issue 11.5: what a listing of the archive needs, without reading the issues again.
      ...(summary ?? {}),
      outputs: i.outputs.map((o) => displayPath(o, cwd)),
      ...outputsByKind(i.outputs, cwd),
      diagnostics: i.diagnostics.map((d) => jsonDiagnostic(d, cwd)),
      seconds: Number(i.seconds.toFixed(3)),
    })),
  };
}

/** `bulletin build`: files and folders in, one batch, progress and a summary out. */
export async function runBuild(invocation: BuildInvocation, io: CliIo, debug = false): Promise<CommandOutcome> {
  const collected = await collectIssues(invocation.files, io.cwd);
  const epoch = parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
  const outDir = invocation.outDir === undefined ? undefined : path.resolve(io.cwd, invocation.outDir);
  const blocked = outDir === undefined ? undefined : fileInTheWay(outDir);
  const problems = [
    ...fontPathProblems(invocation.fontPaths, io.cwd),
    ...epochProblems(epoch, io.env),
    ...blockedFolderProblems(blocked, io.cwd),
    ...collectedProblems(collected),
    ...outputClashes(collected.files, invocation.outDir === undefined ? undefined : path.resolve(io.cwd, invocation.outDir)).map((c) =>
      t('cli.output-clash', { first: displayPath(c.files[0], io.cwd), second: displayPath(c.files[1], io.cwd), output: displayPath(c.output, io.cwd) }),
    ),
  ];
  const refused = reportUsageProblems(problems, io);
  if (refused) return refused;
  const progress = createBatchProgress(io, { json: invocation.json ?? false, color: useColor(io.stderr, io.env), debug });
  let report: BatchReport;
  try {
    report = await buildBatch(collected.files, {
      ...(await batchOptions(invocation, io, epoch === 'invalid' ? undefined : epoch)),
      onPlan: (selected) => progress.plan(selected),
      onIssue: (r, done, selected) => progress.issue(r, done, selected),
    });
  } catch (error) {
    progress.stop();
    reportInternalError(error, io, debug);
    return 'internal-error';
  }
  progress.finish(report);
  if (invocation.json) io.stdout.write(JSON.stringify(jsonReport(report, io.cwd), null, 2) + '\n');
  if (report.issues.some((i) => i.internalError !== undefined)) return 'internal-error';
  return report.failed > 0 ? 'document-error' : 'ok';
}
