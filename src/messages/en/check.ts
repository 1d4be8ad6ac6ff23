/**
 * Messages of `bulletin check`: typography in Chinese text and the archive's numbering. A hint
 * that ends "(bulletin check --fix does it)" belongs to a finding that --fix corrects.
 */
export const check = {
  'check.half-width': (p: { mark: string }) => `half-width "${p.mark}" in Chinese text`,
  'check.half-width-hint': (p: { full: string }) => `write the full-width "${p.full}" (bulletin check --fix does it)`,
  'check.half-width-parens': () => 'half-width "( )" in Chinese text',
  'check.half-width-parens-hint': () => 'write the full-width "（ ）" (bulletin check --fix does it)',
  'check.straight-quote': (p: { mark: string }) => `straight quote ${p.mark} in Chinese text`,
  'check.straight-quote-hint': (p: { open: string; close: string }) => `write ${p.open}…${p.close} (bulletin check --fix does it)`,
  'check.straight-quote-odd-hint': (p: { open: string; close: string; mark: string }) =>
    `write ${p.open}…${p.close}; this paragraph has an odd number of ${p.mark}, so pair them by hand`,
  'check.run-in-chinese': (p: { text: string }) => `"${p.text}" in Chinese text`,
  'check.dash-hint': () => 'write the Chinese dash "——" (two U+2014, two characters wide) (bulletin check --fix does it)',
  'check.ellipsis-hint': () => 'write the Chinese ellipsis "……" (two U+2026, two characters wide) (bulletin check --fix does it)',
  'check.closes-nothing': (p: { mark: string }) => `"${p.mark}" closes nothing in its paragraph`,
  'check.closes-nothing-hint': (p: { opener: string }) => `add the "${p.opener}" it closes, or remove it`,
  'check.never-closed': (p: { mark: string }) => `"${p.mark}" is never closed in its paragraph`,
  'check.never-closed-hint': (p: { closer: string }) => `add the closing "${p.closer}", or remove it`,
  /** `others` are the other issues' files, comma-separated. */
  'check.duplicate-serial': (p: { serial: number; others: string }) => `serial ${p.serial} (总第${p.serial}期) is also the serial of ${p.others}`,
  'check.duplicate-serial-hint': () => 'each issue has a serial of its own: one more than the issue before it',
  /** `label` is the issue as printed, e.g. 2014年第4期. */
  'check.duplicate-issue': (p: { label: string; others: string }) => `${p.label} is also the number of ${p.others}`,
  'check.duplicate-issue-hint': () => 'issue numbers count from 1 in each year, one more for each issue',
  'check.missing-serial': (p: { missing: number; other: string; previous: number; serial: number }) =>
    `serial ${p.missing} is missing between ${p.other} (${p.previous}) and this issue (${p.serial})`,
  'check.missing-serials': (p: { first: number; last: number; other: string; previous: number; serial: number }) =>
    `serials ${p.first}–${p.last} are missing between ${p.other} (${p.previous}) and this issue (${p.serial})`,
  'check.missing-serial-hint': () => 'add the missing issues to the folder, or correct the serials',
  'check.missing-issue': (p: { issue: number; year: number; other: string; before: string; label: string }) =>
    `no issue ${p.issue} of ${p.year} between ${p.other} (${p.before}) and this one (${p.label})`,
  'check.missing-issue-hint': () => 'add the missing issue, or correct the issue numbers',
  'check.issue-order': (p: { label: string; date: string; before: string; other: string; beforeDate: string }) =>
    `${p.label} is dated ${p.date}, before ${p.before} (${p.other}, ${p.beforeDate})`,
  'check.issue-order-hint': () => 'issue numbers follow the dates within a year: correct the number or the date',
  'check.date-order': (p: { serial: number; date: string; before: number; other: string; beforeDate: string }) =>
    `serial ${p.serial} is dated ${p.date}, before serial ${p.before} (${p.other}, ${p.beforeDate})`,
  'check.date-order-hint': () => 'serials follow the dates: correct the serial or the date',
  'check.file-name': (p: { named: string; label: string }) => `the file name says ${p.named} but the front matter ${p.label}`,
  'check.file-name-hint': (p: { expected: string }) => `rename the file ${p.expected}, or correct the issue number or date`,
} satisfies Record<string, (p: never) => string>;
