/** Messages of `bulletin volume`: a year's issues bound into one PDF (合订本). */
export const volume = {
  'volume.description': () => 'bind a year’s issues of an archive into one PDF (合订本): cover, contents, every issue, pages numbered through',
  'volume.archive': () => 'the archive folder (or issue files)',
  'volume.option-year': () => 'the year to bind (default: the archive’s latest)',
  'volume.option-first-issue': () => 'the first issue number bound (default: the year’s first)',
  'volume.option-last-issue': () => 'the last issue number bound (default: the year’s last)',
  'volume.option-output': () => 'the PDF to write (default: volume-YYYY.pdf in the working folder)',
  'volume.examples': () =>
    '\nExamples:\n  $ bulletin volume archive --year 2014 -o 2014.pdf          every issue of 2014 in one PDF\n  $ bulletin volume archive --year 2014 --from 5 --to 8       issues 5 to 8 of 2014, into volume-2014.pdf\n\nExit codes: 0 written, 1 a document error (file:line:col printed; nothing written),\n2 a usage error, 3 a bug in bulletin: please report it.\n',
  'volume.from-after-to': (p: { from: number; to: number }) => `--from ${p.from} is after --to ${p.to}`,
  /** `range` is '' for the whole year, else e.g. ` (issues 5 to 8)`. */
  'volume.no-issues': (p: { year: string; range: string; archive: string }) => `no issues of ${p.year}${p.range} in ${p.archive}`,
  /** `to` is '' when only --from was given. */
  'volume.range': (p: { from: string; to: string }) => (p.to === '' ? ` (issues ${p.from} on)` : ` (issues ${p.from} to ${p.to})`),
  'volume.no-year': (p: { archive: string }) => `no issue in ${p.archive} whose year can be read`,
  'volume.wrote': (p: { file: string; issues: number; pages: number; front: number; size: string }) =>
    `wrote ${p.file}: ${p.issues} ${p.issues === 1 ? 'issue' : 'issues'}, ${p.pages} pages (${p.front} of cover and contents), ${p.size}`,
  'volume.not-written': (p: { errors: number }) => `no volume written: ${p.errors} ${p.errors === 1 ? 'error' : 'errors'} above`,
  'volume.too-many-issues': (p: { count: number; limit: number }) => `${p.count} issues to bind, more than the ${p.limit} one volume holds`,
  'volume.too-many-issues-hint': () => 'bind them in parts with --from and --to',
  /** `field` is title or sponsors. */
  'volume.cover-cut': (p: { field: string }) => `the volume's cover shows only what fits of the ${p.field === 'title' ? 'title (three lines)' : 'sponsors'}`,
  'volume.cover-cut-hint': () => 'shorten it in bulletin.yaml, or accept the cover as it is',
} satisfies Record<string, (p: never) => string>;
