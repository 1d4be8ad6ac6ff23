/** Messages of watch: how long a rebuild took, and what it cannot see. */
export const perf = {
  /** `line` is the "wrote …" line of the build's last output. */
  'perf.watch-built': (p: { line: string; ms: number }) => `${p.line} in ${p.ms} ms`,
  'perf.watch-unwatched': (p: { folder: string; reason: string }) => `cannot watch ${p.folder} (${p.reason}): saves there are not seen`,
} satisfies Record<string, (p: never) => string>;
