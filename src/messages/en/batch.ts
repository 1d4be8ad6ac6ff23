/** Messages of the archive's library calls: a new issue's numbers and date. */
export const batch = {
  'batch.unreadable-numbers': () => 'the numbers of this issue cannot be read, so the new issue’s may repeat them',
  'batch.unreadable-numbers-hint': () => 'run `bulletin check` on the archive and fix its front matter',
  /** `last` is the last issue as printed, e.g. 2014年第4期. */
  'batch.date-before-last': (p: { date: string; last: string; lastDate: string }) =>
    `the date ${p.date} is before the last issue’s (${p.last}, ${p.lastDate})`,
  'batch.date-before-last-hint': () => 'give the new issue’s date with --date YYYY-MM-DD',
} satisfies Record<string, (p: never) => string>;
