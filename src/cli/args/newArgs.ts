import { InvalidArgumentError, type Command } from 'commander';
import type { IssueDate } from '../../model/document.js';
import { t } from '../../messages/catalogue.js';
import { parseIssueDate } from '../../read/parseIssueDate.js';
import { wholeNumber } from './wholeNumber.js';

/** `bulletin new`: create the archive's next issue. */
export interface NewInvocation {
  readonly command: 'new';
  readonly dir?: string;
  readonly date?: IssueDate;
  readonly issue?: number;
  readonly serial?: number;
}

/** Parses `--date`: a real date as YYYY-MM-DD. */
export function issueDateArg(value: string): IssueDate {
  const parsed = parseIssueDate(value);
  if (!parsed) throw new InvalidArgumentError(t('cli.expected-date'));
  return parsed;
}

/** Adds `new` to the program; `set` receives the invocation when it is parsed. */
export function defineNew(program: Command, set: (i: NewInvocation) => void): void {
  program
    .command('new')
    .description(t('cli.new-description'))
    .option('-d, --dir <dir>', t('cli.option-dir'))
    .option('--date <YYYY-MM-DD>', t('cli.option-date'), issueDateArg)
    .option('--issue <n>', t('cli.option-issue'), wholeNumber)
    .option('--serial <n>', t('cli.option-serial'), wholeNumber)
    .addHelpText('after', t('cli.new-examples'))
    .action((opts: { dir?: string; date?: IssueDate; issue?: number; serial?: number }) => {
      set({
        command: 'new',
        ...(opts.dir !== undefined ? { dir: opts.dir } : {}),
        ...(opts.date ? { date: opts.date } : {}),
        ...(opts.issue !== undefined ? { issue: opts.issue } : {}),
        ...(opts.serial !== undefined ? { serial: opts.serial } : {}),
      });
    });
}
