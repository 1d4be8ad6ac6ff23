import path from 'node:path';
import { collectIssues } from '../../batch/collectIssues.js';
import { fileInTheWay } from '../../build/fileFault.js';
import { parseSourceDateEpoch } from '../../build/sourceDateEpoch.js';
import { formatDiagnostics, useColor } from '../../diagnostics/format.js';
import { t } from '../../messages/catalogue.js';
import type { SiteReport } from '../../site/buildSite.js';
import type { SiteInvocation } from '../args/siteArgs.js';
import { createBatchProgress } from '../batchProgress.js';
import type { CommandOutcome } from '../commandOutcome.js';
import { displayPath } from '../displayPath.js';
import { fontPathProblems } from '../fontPathProblems.js';
import { reportInternalError } from '../reportInternalError.js';
import type { CliIo } from '../runCli.js';
import { blockedFolderProblems, collectedProblems, epochProblems, reportUsageProblems } from '../usageProblems.js';

/** `bulletin site`: the archive's issue pages through the batch, then the listing, feed and search. */
export async function runSite(invocation: SiteInvocation, io: CliIo, debug = false): Promise<CommandOutcome> {
  const collected = await collectIssues(invocation.paths, io.cwd);
  const epoch = parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
  const outDir = path.resolve(io.cwd, invocation.outDir);
  const blocked = fileInTheWay(outDir);
  const problems = [
    ...fontPathProblems(invocation.fontPaths, io.cwd),
    ...epochProblems(epoch, io.env),
    ...blockedFolderProblems(blocked, io.cwd),
    ...collectedProblems(collected),
  ];
  const refused = reportUsageProblems(problems, io);
  if (refused) return refused;
  // The site and Pagefind load only for this command.
  const [{ buildSite }, { defaultCacheDir }] = await Promise.all([import('../../site/buildSite.js'), import('../../render/html/woff2Subset.js')]);
  const progress = createBatchProgress(io, { json: false, color: useColor(io.stderr, io.env), debug });
  let report: SiteReport;
  const shown = new Set<string>();
  try {
    report = await buildSite(collected.files, {
      outDir,
      ...(invocation.baseUrl !== undefined ? { baseUrl: invocation.baseUrl } : {}),
      strict: invocation.strict,
      fontPaths: invocation.fontPaths.map((p) => path.resolve(io.cwd, p)),
      ...(invocation.fonts ? { fonts: invocation.fonts } : {}),
      ...(invocation.allowOutside ? { allowOutside: true } : {}),
      ...(epoch !== undefined && epoch !== 'invalid' ? { sourceDateEpoch: epoch } : {}),
      cacheDir: defaultCacheDir(io.env),
      ...(invocation.jobs !== undefined ? { jobs: invocation.jobs } : {}),
      ...(invocation.shard ? { shard: invocation.shard } : {}),
      force: invocation.force ?? false,
      cwd: io.cwd,
      onPlan: (selected) => progress.plan(selected),
      onIssue: (r, done, selected) => {
        shown.add(r.file);
        progress.issue(r, done, selected);
      },
    });
  } catch (error) {
    progress.stop();
    reportInternalError(error, io, debug);
    return 'internal-error';
  }
  if (report.clashes.length > 0) {
    progress.stop();
    const line = (c: SiteReport['clashes'][number]): string =>
      `bulletin: ${t('site.page-clash', { first: displayPath(c.files[0], io.cwd), second: displayPath(c.files[1], io.cwd), page: c.page })}\n`;
    io.stderr.write(report.clashes.map(line).join(''));
    return 'usage-error';
  }
  progress.stop();
  // Issues whose numbers could not be read never reached the batch: their errors are said here.
  const unplaced = report.batch.issues.filter((i) => !shown.has(i.file) && i.diagnostics.length > 0);
  for (const issue of unplaced) io.stderr.write(formatDiagnostics(issue.diagnostics, { color: useColor(io.stderr, io.env), cwd: io.cwd }) + '\n');
  progress.finish(report.batch);
  const dir = displayPath(outDir, io.cwd);
  if (report.batch.shard) io.stderr.write(`${t('site.shard-done', { index: report.batch.shard.index, count: report.batch.shard.count })}\n`);
  if (report.listed) {
    io.stderr.write(`${t('site.done', { dir, issues: report.listedIssues, written: report.written.length })}\n`);
    io.stderr.write(`${report.searchPages !== undefined ? t('site.indexed', { pages: report.searchPages }) : t('site.index-stands')}\n`);
    if (!report.sitemap) io.stderr.write(`bulletin: ${t('site.no-base-url')}\n`);
  }
  for (const message of report.searchErrors) io.stderr.write(`bulletin: ${t('site.search-error', { message })}\n`);
  if (report.batch.issues.some((i) => i.internalError !== undefined)) return 'internal-error';
  return report.batch.failed > 0 || report.searchErrors.length > 0 ? 'document-error' : 'ok';
}
