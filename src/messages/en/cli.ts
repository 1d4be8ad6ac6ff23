/** Messages of the command line itself: usage, help, progress, summaries, faults. */
export const cli = {
  'cli.run-help': () => "Run 'bulletin --help' for usage.",
  'cli.bad-language': (p: { value: string }) => `--lang takes zh or en, not "${p.value}"`,
  'cli.internal-error': (p: { version: string }) =>
    `internal error in bulletin ${p.version}; this is a bug in bulletin, not in your files. Please report it with the command you ran (run again with --debug or BULLETIN_DEBUG=1 for the details)`,
  // The reporter's labels: `file:line:col: error: …` and `  hint: …`.
  'cli.label-error': () => 'error',
  'cli.label-warning': () => 'warning',
  'cli.label-hint': () => 'hint',

  // --help: the program, its commands, options and arguments.
  'cli.description': () => 'Typesets Chinese bulletins (简报) from Markdown into print-quality PDF',
  'cli.option-version': () => 'print the version',
  'cli.option-help': () => 'display help for command',
  'cli.option-lang': () => 'the language of messages and help: zh or en (default: from LC_ALL, LC_MESSAGES, LANG)',
  'cli.option-debug': () => 'print the details of an internal error (also BULLETIN_DEBUG=1)',
  'cli.help-command': () => 'display help for command',
  'cli.help-choices': (p: { choices: string }) => ` (choices: ${p.choices})`,
  'cli.help-default': (p: { value: string }) => ` (default: ${p.value})`,
  'cli.build-description': () => 'build issues (Markdown with YAML front matter) to PDF',
  'cli.build-files': () => 'issue files, or folders of them',
  'cli.option-out-dir': () => 'folder for the output (default: beside each input)',
  'cli.option-strict': () => 'treat missing glyphs as errors',
  'cli.option-allow-outside': () => "allow pictures outside the issue's folder",
  'cli.option-punct': () => 'punctuation style (docs/layout.md B.2)',
  'cli.option-format': () => 'what to write: a PDF, a self-contained HTML page, or both (default: pdf)',
  'cli.option-jobs': () => 'issues built at once (default: the number of cores)',
  'cli.option-shard': () => 'build only the k-th of n disjoint parts of the issues (for a CI matrix)',
  'cli.option-force': () => 'rebuild issues whose outputs are up to date',
  'cli.option-json': () => 'print a machine-readable report on stdout, and nothing else there',
  'cli.examples': () => `
Examples:
  $ bulletin build examples/2014-04.md              writes examples/2014-04.pdf
  $ bulletin build examples/2014-04.md --out-dir out  writes out/2014-04.pdf
  $ bulletin build issues/*.md --strict             missing glyphs are errors
  $ bulletin build 2014-04.md --font-path ~/fonts   looks for fonts there first
  $ bulletin build 2014-04.md -f both               writes 2014-04.pdf and 2014-04.html
  $ bulletin build archive --jobs 4                 every issue of a folder, 4 at a time
  $ bulletin build archive --shard 2/3 --json       the 2nd of 3 parts, a JSON report on stdout
  $ bulletin init archive --title 金桥会议传真         starts an archive: bulletin.yaml and its first issue
  $ bulletin templates                              the built-in templates and the archive’s own
  $ bulletin new --dir archive                      creates the next issue, e.g. archive/2014-05.md
  $ bulletin check archive --fix                    numbering, typography, glyphs; fixes marks
  $ bulletin --lang zh build 2014-04.md             messages in Chinese

Exit codes: 0 built, 1 a document error (file:line:col printed), 2 a usage error,
3 a bug in bulletin: please report it.`,
  'cli.check-description': () => 'check issues without building them: front matter, archive numbering, typography, glyphs',
  'cli.check-paths': () => 'issue files or archive folders',
  'cli.option-fix': () => 'apply the safe typographic fixes to the files',
  'cli.check-examples': () =>
    '\nExamples:\n  $ bulletin check archive                     the whole archive, numbering included\n  $ bulletin check 2014-04.md --fix            writes ，：“” …… —— for , : "" ... --\n\nExit codes: 0 no errors (warnings allowed), 1 errors, 2 a usage error,\n3 a bug in bulletin: please report it.\n',
  'cli.fonts-description': () => 'show the font each role resolves to; given an issue, the characters no font has',
  'cli.fonts-file': () => 'an issue: use its fonts: setting and check its text',
  'cli.fonts-examples': () =>
    '\nExamples:\n  $ bulletin fonts                             the fonts of this folder’s bulletin.yaml\n  $ bulletin fonts 2014-04.md                  and the characters of 2014-04.md no font has\n',
  'cli.new-description': () => 'create the next issue of an archive folder (YYYY-NN.md), numbered after the last',
  'cli.option-dir': () => 'the archive folder (default: the working folder)',
  'cli.option-date': () => 'the new issue’s date (default: today)',
  'cli.option-issue': () => 'the issue number (default: the year’s last + 1)',
  'cli.option-serial': () => 'the serial, 总第N期 (default: the highest + 1)',
  'cli.new-examples': () =>
    '\nExamples:\n  $ bulletin new --dir archive                 creates archive/2014-05.md after 2014-04.md\n  $ bulletin new --date 2015-01-09             the first issue of 2015: 2015-01.md\n  $ bulletin new --issue 5 --serial 30         an archive that starts at 第5期（总第30期）\n',
  'cli.init-description': () => 'start an archive: a commented bulletin.yaml and the first issue, never over a file',
  'cli.init-dir': () => 'the archive folder, made when missing (default: the working folder)',
  'cli.option-title': () => 'the bulletin’s title, written into bulletin.yaml',
  'cli.option-first-date': () => 'the first issue’s date (default: today)',
  'cli.init-examples': () =>
    '\nExamples:\n  $ bulletin init archive --title 金桥会议传真    writes archive/bulletin.yaml, archive/YYYY-01.md\n  $ bulletin init                              the same in the working folder\n  $ bulletin init --template gongwen           the same, in the GB/T 9704 layout of an official document\n',
  'cli.watch-description': () => 'build an issue (or a folder’s issues), then again on every save of it or its bulletin.yaml (Ctrl-C stops)',
  'cli.watch-file': () => 'the issue, or a folder of issues (new ones are built as they appear)',
  'cli.option-watch-out-dir': () => 'folder for the output (default: beside the input)',
  'cli.watch-examples': () =>
    '\nExamples:\n  $ bulletin watch 2014-04.md -o out           rebuilds out/2014-04.pdf on every save\n  $ bulletin watch archive -f html -o out      every issue of archive/ as HTML, rebuilt on save\n',

  // Usage errors: the values of flags, then commander's own (by CommanderError.code).
  'cli.expected-whole-number': () => 'expected a whole number ≥ 1.',
  'cli.expected-shard': () => 'expected K/N with 1 ≤ K ≤ N, e.g. 2/3.',
  'cli.expected-date': () => 'expected a real date as YYYY-MM-DD.',
  'cli.unknown-option': (p: { option: string }) => `unknown option '${p.option}'`,
  'cli.unknown-command': (p: { command: string }) => `unknown command '${p.command}'`,
  'cli.did-you-mean': (p: { suggestion: string }) => `(Did you mean ${p.suggestion}?)`,
  'cli.missing-argument': (p: { name: string }) => `missing required argument '${p.name}'`,
  'cli.option-missing-argument': (p: { option: string }) => `option '${p.option}' argument missing`,
  'cli.invalid-choice': (p: { option: string; value: string; choices: string }) =>
    `option '${p.option}' argument '${p.value}' is invalid. Allowed choices are ${p.choices}.`,
  'cli.invalid-argument': (p: { option: string; value: string; reason: string }) =>
    `option '${p.option}' argument '${p.value}' is invalid. ${p.reason}`,
  'cli.excess-arguments': (p: { command: string; expected: number; got: number }) =>
    `too many arguments for '${p.command}'. Expected ${p.expected} argument${p.expected === 1 ? '' : 's'} but got ${p.got}.`,
  'cli.no-such-path': (p: { path: string }) => `no such file or folder: ${p.path}`,
  'cli.no-such-file': (p: { file: string }) => `no such file: ${p.file}`,
  'cli.no-such-folder': (p: { dir: string }) => `no such folder: ${p.dir}`,
  'cli.no-issues-in-folder': (p: { dir: string }) => `no *.md issues in the folder ${p.dir}`,
  'cli.output-clash': (p: { first: string; second: string; output: string }) =>
    `${p.first} and ${p.second} would both write ${p.output}.*; build them into different --out-dir folders`,

  // Progress and summaries.
  'cli.wrote-pdf': (p: { file: string; pages: number; size: string }) =>
    `wrote ${p.file} (${p.pages} ${p.pages === 1 ? 'page' : 'pages'}, ${p.size})`,
  'cli.wrote': (p: { file: string; size: string }) => `wrote ${p.file} (${p.size})`,
  'cli.up-to-date': (p: { file: string }) => `up to date: ${p.file}`,
  'cli.failed': (p: { file: string }) => `failed: ${p.file}`,
  'cli.progress-issues': () => 'issues',
  /** `selected` of `total` issues; `shard` is `k/n`, or '' for the whole batch; `jobs` 0 when nothing was built. */
  'cli.batch-summary': (p: { shard: string; selected: number; total: number; built: number; skipped: number; failed: number; seconds: string; jobs: number }) =>
    `${p.shard !== '' ? `shard ${p.shard}: ${p.selected} of ${issues(p.total)}` : issues(p.selected)}: ${p.built} built, ${p.skipped} up to date, ${p.failed} failed in ${p.seconds} s${p.jobs > 0 ? ` (${p.jobs} ${p.jobs === 1 ? 'job' : 'jobs'})` : ''}`,
  'cli.fixed-marks': (p: { count: number; file: string }) => `fixed ${p.count} ${p.count === 1 ? 'mark' : 'marks'} in ${p.file}`,
  'cli.check-summary': (p: { issues: number; errors: number; warnings: number }) =>
    `${issues(p.issues)} checked: ${p.errors} ${p.errors === 1 ? 'error' : 'errors'}, ${p.warnings} ${p.warnings === 1 ? 'warning' : 'warnings'}`,
  'cli.fonts-header': () => 'role\tfamily\tsource\tglyphs\tfile',
  /** `source` is configured, system or bundled. */
  'cli.fonts-source': (p: { source: string }) => p.source,
  'cli.fonts-glyphs': (p: { count: number }) => `${p.count} glyphs`,
  'cli.fonts-all-covered': (p: { file: string }) => `every character of ${p.file} is in a font`,
  'cli.fonts-uncovered': (p: { file: string }) => `characters of ${p.file} that no font has:`,
  'cli.fonts-lines': (p: { lines: string; count: number }) => `line${p.count > 1 ? 's' : ''} ${p.lines}`,
  'cli.new-exists': (p: { file: string }) => `${p.file} exists already and was left as it was`,
  /** `label` is the issue as printed: 2014年第5期, maybe with （总第9期）. */
  'cli.new-issue': (p: { label: string; date: string }) => `new issue ${p.label}, dated ${p.date}:`,
  'cli.watching': (p: { file: string }) => `watching ${p.file} and its bulletin.yaml; Ctrl-C stops`,
  'cli.watch-not-built': () => 'not built: fix the errors above and save again',
} satisfies Record<string, (p: never) => string>;

function issues(n: number): string {
  return `${n} ${n === 1 ? 'issue' : 'issues'}`;
}
