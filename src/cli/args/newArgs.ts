import { InvalidArgumentError, type Command } from 'commander';
import type { IssueDate } from '../../model/document.js';
import { parseIssueDate } from '../../read/parseIssueDate.js';

/** `bulletin new`: create the archive's next issue. */
export interface NewInvocation {
  readonly command: 'new';
  readonly dir?: string;
  readonly date?: IssueDate;
}

function date(value: string): IssueDate {
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
    .option('--date <YYYY-MM-DD>', 'the new issue’s date (default: today)', date)
    .addHelpText('after', '\nExamples:\n  $ bulletin new --dir archive                 creates archive/2014-05.md after 2014-04.md\n  $ bulletin new --date 2015-01-09             the first issue of 2015: 2015-01.md\n')
    .action((opts: { dir?: string; date?: IssueDate }) => {
      set({ command: 'new', ...(opts.dir !== undefined ? { dir: opts.dir } : {}), ...(opts.date ? { date: opts.date } : {}) });
    });
}
