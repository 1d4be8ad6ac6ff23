import path from 'node:path';
import { parseSourceDateEpoch } from '../../build/sourceDateEpoch.js';
import { formatDiagnostics, useColor } from '../../diagnostics/format.js';
import { t } from '../../messages/catalogue.js';
import { buildVolume } from '../../volume/buildVolume.js';
import type { VolumeInvocation } from '../args/volumeArgs.js';
import type { CommandOutcome } from '../commandOutcome.js';
import { displayPath, kib } from '../displayPath.js';
import { fontPathProblems } from '../fontPathProblems.js';
import type { CliIo } from '../runCli.js';
import { collectedProblems, epochProblems, reportUsageProblems } from '../usageProblems.js';

/** `bulletin volume`: the flags as `buildVolume`'s options; diagnostics on stderr, one line of what was written. */
export async function runVolume(invocation: VolumeInvocation, io: CliIo): Promise<CommandOutcome> {
  const epoch = parseSourceDateEpoch(io.env['SOURCE_DATE_EPOCH']);
  const { from, to } = invocation;
  const problems = [
    ...fontPathProblems(invocation.fontPaths, io.cwd),
    ...epochProblems(epoch, io.env),
    ...(from !== undefined && to !== undefined && from > to ? [t('volume.from-after-to', { from, to })] : []),
  ];
  const refused = reportUsageProblems(problems, io);
  if (refused) return refused;
  const result = await buildVolume(invocation.archive, {
    ...(invocation.year !== undefined ? { year: invocation.year } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(invocation.output !== undefined ? { output: invocation.output } : {}),
    strict: invocation.strict,
    ...(invocation.allowOutside ? { allowOutside: true } : {}),
    ...(invocation.punctuation ? { punctuation: invocation.punctuation } : {}),
    fontPaths: invocation.fontPaths.map((p) => path.resolve(io.cwd, p)),
    ...(invocation.fonts ? { fonts: invocation.fonts } : {}),
    ...(epoch !== undefined && epoch !== 'invalid' ? { sourceDateEpoch: epoch } : {}),
    cwd: io.cwd,
  });
  const unusable = reportUsageProblems(collectedProblems(result), io);
  if (unusable) return unusable;
  if (result.diagnostics.length > 0) io.stderr.write(formatDiagnostics(result.diagnostics, { color: useColor(io.stderr, io.env), cwd: io.cwd }) + '\n');
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    io.stderr.write(`bulletin: ${t('volume.not-written', { errors })}\n`);
    return 'document-error';
  }
  if (result.output === undefined || result.pages === undefined) {
    // No issue of the year (or of the range): the archive or the flags name nothing to bind.
    const archive = invocation.archive.join(' ');
    const range = from !== undefined || to !== undefined ? t('volume.range', { from: String(from ?? 1), to: to === undefined ? '' : String(to) }) : '';
    const words = result.year === undefined ? t('volume.no-year', { archive }) : t('volume.no-issues', { year: String(result.year), range, archive });
    io.stderr.write(`bulletin: ${words}\n`);
    return 'usage-error';
  }
  io.stderr.write(
    `${t('volume.wrote', { file: displayPath(result.output, io.cwd), issues: result.issues.length, pages: result.pages, front: result.frontPages ?? 0, size: kib(result.bytes ?? 0) })}\n`,
  );
  return 'ok';
}
