import path from 'node:path';
import { checkIssues } from '../../batch/check/checkIssues.js';
import { collectIssues } from '../../batch/collectIssues.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics, useColor } from '../../diagnostics/format.js';
import type { CheckInvocation } from '../args/checkArgs.js';
import type { CommandOutcome } from '../commandOutcome.js';
import { displayPath } from '../displayPath.js';
import { fontPathProblems } from '../fontPathProblems.js';
import type { CliIo } from '../runCli.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `bulletin check`: findings on stderr as file:line:col, fixes applied on stdout, exit 1 on errors. */
export async function runCheck(invocation: CheckInvocation, io: CliIo): Promise<CommandOutcome> {
  const collected = await collectIssues(invocation.paths, io.cwd);
  const problems = [...fontPathProblems(invocation.fontPaths, io.cwd), ...collected.missing.map((f) => `no such file or folder: ${f}`), ...collected.empty.map((f) => `no *.md issues in the folder ${f}`)];
  if (problems.length > 0) {
    io.stderr.write(problems.map((p) => `bulletin: ${p}\n`).join(''));
    return 'usage-error';
  }
  const report = await checkIssues(collected.files, {
    fix: invocation.fix,
    strict: invocation.strict,
    ...(invocation.allowOutside ? { allowOutside: true } : {}),
    fontPaths: invocation.fontPaths.map((p) => path.resolve(io.cwd, p)),
    ...(invocation.fonts ? { fonts: invocation.fonts } : {}),
  });
  for (const { file, count } of report.fixed) io.stdout.write(`fixed ${plural(count, 'mark')} in ${displayPath(file, io.cwd)}\n`);
  if (report.diagnostics.length > 0) io.stderr.write(formatDiagnostics(report.diagnostics, { color: useColor(io.stderr, io.env), cwd: io.cwd }) + '\n');
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  io.stderr.write(`${plural(report.files.length, 'issue')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`);
  return hasErrors(report.diagnostics) ? 'document-error' : 'ok';
}
