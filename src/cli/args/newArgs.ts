import { InvalidArgumentError, type Command } from 'commander';
import type { IssueDate } from '../../model/document.js';
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
  if (!parsed) throw new InvalidArgumentError('expected a real date as YYYY-MM-DD.');
  return parsed;
}

/** Adds `new` to the program; `set` receives the invocation when it is parsed. */
export function defineNew(program: Command, set: (i: NewInvocation) => void): void {
  program
    .command('new')
    .description('create the next issue of an archive folder (YYYY-NN.md), numbered after the last')
    .option('-d, --dir <dir>', 'the archive folder (default: the working folder)')
    .option('--date <YYYY-MM-DD>', 'the new issue’s date (default: today)', issueDateArg)
    .option('--issue <n>', 'the issue number (default: the year’s last + 1)', wholeNumber)
    .option('--serial <n>', 'the serial, 总第N期 (default: the highest + 1)', wholeNumber)
    .addHelpText('after', '\nExamples:\n  $ bulletin new --dir archive                 creates archive/2014-05.md after 2014-04.md\n  $ bulletin new --date 2015-01-09             the first issue of 2015: 2015-01.md\n  $ bulletin new --issue 5 --serial 30         an archive that starts at 第5期（总第30期）\n')
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
