import { stat } from 'node:fs/promises';
import path from 'node:path';
import { initArchive, type InitArchiveResult } from '../../batch/initArchive.js';
import { t } from '../../messages/catalogue.js';
import { builtinTemplateNames } from '../../template/template.js';
import type { InitInvocation } from '../args/initArgs.js';
import type { CommandOutcome } from '../commandOutcome.js';
import { displayPath } from '../displayPath.js';
import type { CliIo } from '../runCli.js';
import { sourceDate } from '../sourceDate.js';

/**
 * `bulletin init [dir]`: prints the first issue's path on stdout (for `$EDITOR "$(bulletin init)"`),
 * the rest on stderr; exit 1 when a file is in the way, 2 when the folder cannot be made.
 */
export async function runInit(invocation: InitInvocation, io: CliIo): Promise<CommandOutcome> {
  const dir = path.resolve(io.cwd, invocation.dir ?? '.');
  const shown = invocation.dir ?? displayPath(dir, io.cwd);
  const date = invocation.date ?? sourceDate(io.env);
  // Only a built-in: the archive is new, so it has no templates of its own yet.
  if (invocation.template !== undefined && !builtinTemplateNames().includes(invocation.template)) {
    io.stderr.write(`bulletin: ${t('templates.unknown-builtin', { name: invocation.template, known: builtinTemplateNames().join(', ') })}\n`);
    return 'usage-error';
  }
  let result: InitArchiveResult;
  try {
    result = await initArchive({ dir, ...(invocation.title !== undefined ? { title: invocation.title } : {}), ...(date ? { date } : {}), ...(invocation.template !== undefined ? { template: invocation.template } : {}) });
  } catch (error) {
    const { code, syscall } = error as NodeJS.ErrnoException;
    // A file that cannot be written (a full disk, say) is a fault runCli reports with its path.
    if (code === undefined || (syscall !== undefined && syscall !== 'mkdir' && syscall !== 'stat')) throw error;
    // mkdir's faults: a file of that name on the way, or no permission, a read-only disk, ….
    const fileInTheWay = code === 'ENOTDIR' || code === 'EEXIST' || (await stat(dir).then((s) => !s.isDirectory(), () => false));
    io.stderr.write(`bulletin: ${fileInTheWay ? t('archive.init-file-in-the-way', { dir: shown }) : t('archive.init-cannot-make', { dir: shown, code })}\n`);
    return 'usage-error';
  }
  const where = (file: string): string => displayPath(file, io.cwd);
  if (result.existing.length > 0) {
    for (const file of result.existing) {
      const inTheWay = file === result.config || file === result.issue;
      io.stderr.write(`bulletin: ${inTheWay ? t('archive.init-exists', { file: where(file) }) : t('archive.init-has-issues', { file: where(file) })}\n`);
    }
    if (result.created.length === 0) io.stderr.write(`bulletin: ${t('archive.init-nothing-written')}\n`);
    return 'document-error';
  }
  io.stderr.write(`${t('archive.init-done', { dir: shown })}\n${where(result.config)}\n`);
  io.stdout.write(`${where(result.issue)}\n`);
  io.stderr.write(`${t('archive.init-next')}\n`);
  return 'ok';
}
