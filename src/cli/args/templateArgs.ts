import type { Command } from 'commander';
import { t } from '../../messages/catalogue.js';

/** `bulletin templates [dir]`: the built-in templates and the archive's own. */
export interface TemplatesInvocation {
  readonly command: 'templates';
  readonly dir?: string;
}

/** `bulletin template new NAME [--from T] [--dir DIR]`: a template of the archive's own. */
export interface TemplateNewInvocation {
  readonly command: 'template-new';
  readonly name: string;
  readonly from?: string;
  readonly dir?: string;
}

/** Adds `templates` and `template new` to the program; `set` receives the invocation when it is parsed. */
export function defineTemplates(program: Command, set: (i: TemplatesInvocation | TemplateNewInvocation) => void): void {
  program
    .command('templates')
    .description(t('templates.description'))
    .argument('[dir]', t('templates.dir'))
    .addHelpText('after', t('templates.examples'))
    .action((dir: string | undefined) => {
      set({ command: 'templates', ...(dir !== undefined ? { dir } : {}) });
    });
  const group = program.command('template').description(t('templates.group-description'));
  group
    .command('new')
    .description(t('templates.new-description'))
    .argument('<name>', t('templates.new-name'))
    .option('--from <template>', t('templates.option-base'))
    .option('-d, --dir <dir>', t('templates.option-dir'))
    .addHelpText('after', t('templates.new-examples'))
    .action((name: string, opts: { from?: string; dir?: string }) => {
      set({ command: 'template-new', name, ...(opts.from !== undefined ? { from: opts.from } : {}), ...(opts.dir !== undefined ? { dir: opts.dir } : {}) });
    });
}
