import { stat } from 'node:fs/promises';
import path from 'node:path';
import { newIssue } from '../../batch/newIssue.js';
import { formatDate } from '../../batch/nextIssue.js';
import { formatDiagnostics, useColor } from '../../diagnostics/format.js';
import { t } from '../../messages/catalogue.js';
import type { NewInvocation } from '../args/newArgs.js';
import type { CommandOutcome } from '../commandOutcome.js';
import { displayPath } from '../displayPath.js';
import type { CliIo } from '../runCli.js';
import { sourceDate } from '../sourceDate.js';

/** `bulletin new`: prints the new issue's path on stdout (for `$EDITOR "$(bulletin new)"`), the rest on stderr. */
export async function runNew(invocation: NewInvocation, io: CliIo): Promise<CommandOutcome> {
  const dir = path.resolve(io.cwd, invocation.dir ?? '.');
  const isFolder = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    io.stderr.write(`bulletin: ${t('cli.no-such-folder', { dir: invocation.dir ?? dir })}\n`);
    return 'usage-error';
  }
  const given = invocation.date ?? sourceDate(io.env);
  const result = await newIssue({
    dir,
    ...(given ? { date: given } : {}),
    ...(invocation.issue !== undefined ? { issue: invocation.issue } : {}),
    ...(invocation.serial !== undefined ? { serial: invocation.serial } : {}),
  });
  if (result.warnings.length > 0) io.stderr.write(formatDiagnostics(result.warnings, { color: useColor(io.stderr, io.env), cwd: io.cwd }) + '\n');
  const where = displayPath(result.file, io.cwd);
  if (!result.created) {
    io.stderr.write(`bulletin: ${t('cli.new-exists', { file: where })}\n`);
    return 'document-error';
  }
  const { year, issue, serial, date } = result.next;
  const label = `${year}年第${issue}期${serial === undefined ? '' : `（总第${serial}期）`}`;
  io.stderr.write(`${t('cli.new-issue', { label, date: formatDate(date) })}\n`);
  io.stdout.write(`${where}\n`);
  return 'ok';
}
