/** Messages of the archive commands: init, new, check's placeholders, watch on a folder. */
export const archive = {
  'archive.placeholder': (p: { text: string }) => `placeholder text "${p.text}" is still here`,
  'archive.placeholder-hint': () => 'write your own words over it (bulletin init and bulletin new put it there)',
  'archive.init-done': (p: { dir: string }) => `started an archive in ${p.dir}:`,
  'archive.init-next': () => 'fill in bulletin.yaml and the issue, then run `bulletin check .` and `bulletin build .`',
  'archive.init-exists': (p: { file: string }) => `${p.file} exists already and was left as it was`,
  'archive.init-has-issues': (p: { file: string }) => `${p.file} is an issue already: this folder is an archive (use bulletin new for its next issue)`,
  'archive.init-nothing-written': () => 'nothing was written',
  'archive.init-file-in-the-way': (p: { dir: string }) => `${p.dir} cannot be a folder: a file of that name (or of a folder on its way) is there`,
  'archive.init-cannot-make': (p: { dir: string; code: string }) => `cannot make the folder ${p.dir} (${p.code}): check that you may write there`,
  'archive.bad-title': () => 'expected a title on one line, not empty.',
  'archive.bad-number': () => 'expected a whole number ≥ 1.',
  'archive.watching-folder': (p: { dir: string; count: number }) =>
    `watching the ${p.count} ${p.count === 1 ? 'issue' : 'issues'} of ${p.dir}, new ones too, and their bulletin.yaml; Ctrl-C stops`,
  'archive.watch-empty': (p: { dir: string }) => `no *.md issues in the folder ${p.dir}`,
} satisfies Record<string, (p: never) => string>;
