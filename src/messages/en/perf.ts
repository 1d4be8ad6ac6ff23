/** Messages of speed: how long a watched rebuild took. */
export const perf = {
  /** `line` is the "wrote …" line of the build's last output. */
  'perf.watch-built': (p: { line: string; ms: number }) => `${p.line} in ${p.ms} ms`,
} satisfies Record<string, (p: never) => string>;
