/** Messages of file-system faults (a folder that cannot be written, a full disk) and damaged build records. */
export const faults = {
  'faults.permission': () => 'permission denied: bulletin may not write here; make it writable for you (or ask whoever owns it), or choose another place',
  'faults.read-only': () => 'this is on a read-only file system; choose a place that can be written',
  'faults.disk-full': () => 'no space left on the disk (nothing was written); free some space, or choose a place on another disk',
  'faults.quota': () => 'your disk quota is used up (nothing was written); free some space, or choose another place',
  'faults.folder-in-the-way': () => 'this is a folder, but an output file needs its name; move or rename the folder, or choose another place',
  'faults.not-a-folder': () => 'this is a file, but a folder is needed here; rename or move the file, or choose another place',
  'faults.name-too-long': () => 'the name is too long for the file system; use a shorter file or folder name',
  'faults.too-many-files': () => 'too many files are open; close other programs or raise the limit (ulimit -n), then run again',
  'faults.io': (p: { code: string }) => `the system could not write here (${p.code}); check the disk, or choose another place`,
  'faults.out-dir-hint': () => 'build into another folder with --out-dir DIR',
  'faults.manifest-damaged': () => 'the build record (.bulletin-manifest.json) is damaged and was ignored; the issues it listed are built again and the record rewritten',
  'faults.manifest-entries': (p: { count: number }) =>
    `${p.count === 1 ? 'one entry' : `${p.count} entries`} of the build record (.bulletin-manifest.json) ${p.count === 1 ? 'is' : 'are'} damaged and ignored; ${p.count === 1 ? 'that issue is' : 'those issues are'} built again`,
  'faults.manifest-unwritten': (p: { reason: string }) =>
    `the build record (.bulletin-manifest.json) could not be written (${p.reason}); the outputs are fine, but the next build rebuilds these issues`,
  'faults.epoch': (p: { value: string }) =>
    `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 up to 253402300799 (the end of 9999), not "${p.value}"; fix it or unset it`,
} satisfies Record<string, (p: never) => string>;
