import { InvalidArgumentError, type Command } from 'commander';
import type { IssueDate } from '../../model/document.js';
import { t } from '../../messages/catalogue.js';
import { issueDateArg } from './newArgs.js';

/** `bulletin init`: start an archive with a bulletin.yaml and its first issue. */
export interface InitInvocation {
  readonly command: 'init';
  readonly dir?: string;
  readonly title?: string;
  readonly date?: IssueDate;
  readonly template?: string;
}

function title(value: string): string {
  // One line of printable text: it goes into the YAML as one scalar and onto the masthead.
  // eslint-disable-next-line no-control-regex
  if (value.trim() === '' || /[\u0000-\u001f\u007f\u2028\u2029]/.test(value)) throw new InvalidArgumentError(t('archive.bad-title'));
  return value.trim();
}

/** Adds `init` to the program; `set` receives the invocation when it is parsed. */
export function defineInit(program: Command, set: (i: InitInvocation) => void): void {
  program
    .command('init')
    .description(t('cli.init-description'))
    .argument('[dir]', t('cli.init-dir'))
    .option('--title <title>', t('cli.option-title'), title)
    .option('--date <YYYY-MM-DD>', t('cli.option-first-date'), issueDateArg)
    .option('--template <name>', t('templates.option-template'))
    .addHelpText('after', t('cli.init-examples'))
    .action((dir: string | undefined, opts: { title?: string; date?: IssueDate; template?: string }) => {
      set({
        command: 'init',
        ...(dir !== undefined ? { dir } : {}),
        ...(opts.title !== undefined ? { title: opts.title } : {}),
        ...(opts.date ? { date: opts.date } : {}),
        ...(opts.template !== undefined ? { template: opts.template } : {}),
      });
    });
}
