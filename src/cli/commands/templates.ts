import path from 'node:path';
import { t } from '../../messages/catalogue.js';
import { listTemplates, type TemplateEntry } from '../../template/listTemplates.js';
import { newTemplate } from '../../template/newTemplate.js';
import type { TemplateNewInvocation, TemplatesInvocation } from '../args/templateArgs.js';
import { displayWidth } from '../args/localiseHelp.js';
import type { CommandOutcome } from '../commandOutcome.js';
import { displayPath } from '../displayPath.js';
import type { CliIo } from '../runCli.js';

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? '')))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)))).join('  ').trimEnd() + '\n').join('');
}

function describe(entry: TemplateEntry): string {
  if (entry.unreadable) return t(entry.unreadable === 'file' ? 'templates.unreadable-file' : 'templates.unreadable-yaml');
  const text = entry.description ?? t('templates.no-description');
  return entry.extends !== undefined && entry.source === 'archive' ? `${text} (${t('templates.extends', { base: entry.extends })})` : text;
}

/** `bulletin templates [dir]`: one line per template on stdout (name, what to write after `template:`, description). */
export async function runTemplates(invocation: TemplatesInvocation, io: CliIo): Promise<CommandOutcome> {
  const { archive, templates } = await listTemplates({ dir: path.resolve(io.cwd, invocation.dir ?? '.') });
  const rows = [
    [t('templates.heading-name'), t('templates.heading-use'), t('templates.heading-description')],
    ...templates.map((e) => [e.name, e.source === 'builtin' ? `${e.use} (${t('templates.builtin')})` : e.use, describe(e)]),
  ];
  io.stdout.write(table(rows));
  if (!templates.some((e) => e.source === 'archive')) io.stderr.write(`${t('templates.archive-none', { dir: displayPath(archive, io.cwd) || '.' })}\n`);
  io.stderr.write(`${t('templates.listing-hint')}\n`);
  return 'ok';
}

/** `bulletin template new NAME`: the new template.yaml's path alone on stdout (for `$EDITOR "$(…)"`), the rest on stderr. */
export async function runTemplateNew(invocation: TemplateNewInvocation, io: CliIo): Promise<CommandOutcome> {
  const result = await newTemplate({
    name: invocation.name,
    dir: path.resolve(io.cwd, invocation.dir ?? '.'),
    ...(invocation.from !== undefined ? { from: invocation.from } : {}),
  });
  switch (result.kind) {
    case 'bad-name':
      io.stderr.write(`bulletin: ${t('templates.bad-name', { name: result.name })}\n`);
      return 'usage-error';
    case 'unknown-base':
      io.stderr.write(`bulletin: ${t('templates.unknown-base', { from: result.from, known: result.known.join(', ') })}\n`);
      return 'usage-error';
    case 'exists':
      io.stderr.write(`bulletin: ${t('templates.new-exists', { file: displayPath(result.file, io.cwd) })}\n`);
      return 'document-error';
    case 'created':
      io.stderr.write(`${t('templates.new-done', { name: invocation.name, from: result.from.name })}\n`);
      io.stdout.write(`${displayPath(result.file, io.cwd)}\n`);
      io.stderr.write(`${t('templates.new-next', { use: result.use })}\n`);
      return 'ok';
  }
}
