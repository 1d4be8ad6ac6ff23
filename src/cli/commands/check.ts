import path from 'node:path';
import { checkIssues } from '../../batch/check/checkIssues.js';
import { collectIssues } from '../../batch/collectIssues.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics, useColor } from '../../diagnostics/format.js';
import { t } from '../../messages/catalogue.js';
import type { CheckInvocation } from '../args/checkArgs.js';
import type { CommandOutcome } from '../commandOutcome.js';
import { displayPath } from '../displayPath.js';
import { fontPathProblems } from '../fontPathProblems.js';
import type { CliIo } from '../runCli.js';
import { collectedProblems, reportUsageProblems } from '../usageProblems.js';

/** `bulletin check`: findings on stderr as file:line:col, fixes applied on stdout, exit 1 on errors. */
export async function runCheck(invocation: CheckInvocation, io: CliIo): Promise<CommandOutcome> {
  const collected = await collectIssues(invocation.paths, io.cwd);
  const problems = [
    ...fontPathProblems(invocation.fontPaths, io.cwd),
    ...collectedProblems(collected),
  ];
  const refused = reportUsageProblems(problems, io);
  if (refused) return refused;
  const report = await checkIssues(collected.files, {
    fix: invocation.fix,
    strict: invocation.strict,
    ...(invocation.allowOutside ? { allowOutside: true } : {}),
    fontPaths: invocation.fontPaths.map((p) => path.resolve(io.cwd, p)),
    ...(invocation.fonts ? { fonts: invocation.fonts } : {}),
  });
  for (const { file, count, encoding } of report.fixed) {
    if (encoding !== undefined) io.stdout.write(`${t('encoding.rewritten', { file: displayPath(file, io.cwd), encoding })}\n`);
    if (count > 0) io.stdout.write(`${t('cli.fixed-marks', { count, file: displayPath(file, io.cwd) })}\n`);
  }
  if (report.diagnostics.length > 0) io.stderr.write(formatDiagnostics(report.diagnostics, { color: useColor(io.stderr, io.env), cwd: io.cwd }) + '\n');
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  io.stderr.write(`${t('cli.check-summary', { issues: report.files.length, errors, warnings })}\n`);
  return hasErrors(report.diagnostics) ? 'document-error' : 'ok';
}
