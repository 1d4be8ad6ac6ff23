import { existsSync } from 'node:fs';
import path from 'node:path';
import { fontReport, type RoleFont } from '../../batch/fontReport.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics, useColor } from '../../diagnostics/format.js';
import { t } from '../../messages/catalogue.js';
import type { FontsInvocation } from '../args/fontsArgs.js';
import type { CommandOutcome } from '../commandOutcome.js';
import { displayWidth } from '../args/localiseHelp.js';
import { displayPath } from '../displayPath.js';
import { fontPathProblems } from '../fontPathProblems.js';
import type { CliIo } from '../runCli.js';

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? '')))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)))).join('  ').trimEnd() + '\n').join('');
}

function roleRow(f: RoleFont, cwd: string): string[] {
  return [f.role, f.family, t('cli.fonts-source', { source: f.source }), t('cli.fonts-glyphs', { count: f.glyphs }), displayPath(f.file, cwd)];
}

/** `bulletin fonts [file]`: the role table on stdout; for an issue, the characters no font has and their lines. */
export async function runFonts(invocation: FontsInvocation, io: CliIo): Promise<CommandOutcome> {
  const file = invocation.file === undefined ? undefined : path.resolve(io.cwd, invocation.file);
  if (file !== undefined && !existsSync(file)) {
    io.stderr.write(`bulletin: ${t('cli.no-such-file', { file: invocation.file ?? '' })}\n`);
    return 'usage-error';
  }
  const problems = fontPathProblems(invocation.fontPaths, io.cwd);
  if (problems.length > 0) {
    io.stderr.write(problems.map((p) => `bulletin: ${p}\n`).join(''));
    return 'usage-error';
  }
  const report = await fontReport({
    ...(file !== undefined ? { file } : {}),
    dir: io.cwd,
    fontPaths: invocation.fontPaths.map((p) => path.resolve(io.cwd, p)),
    ...(invocation.fonts ? { fonts: invocation.fonts } : {}),
  });
  if (report.diagnostics.length > 0) io.stderr.write(formatDiagnostics(report.diagnostics, { color: useColor(io.stderr, io.env), cwd: io.cwd }) + '\n');
  io.stdout.write(table([t('cli.fonts-header').split('\t'), ...report.roles.map((f) => roleRow(f, io.cwd))]));
  if (file !== undefined && report.missing) {
    const name = displayPath(file, io.cwd);
    if (report.missing.length === 0) io.stdout.write(`\n${t('cli.fonts-all-covered', { file: name })}\n`);
    else {
      io.stdout.write(`\n${t('cli.fonts-uncovered', { file: name })}\n`);
      for (const { char, at } of report.missing) {
        const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
        const lines = [...new Set(at.map((p) => p.line))];
        io.stdout.write(`  ${char}  U+${hex}  ${t('cli.fonts-lines', { lines: lines.join(', '), count: lines.length })}\n`);
      }
    }
  }
  return hasErrors(report.diagnostics) ? 'document-error' : 'ok';
}
