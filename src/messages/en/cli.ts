/** Messages of the command line itself: usage, summaries, faults. */
export const cli = {
  'cli.run-help': () => "Run 'bulletin --help' for usage.",
  'cli.bad-language': (p: { value: string }) => `--lang takes zh or en, not "${p.value}"`,
  'cli.internal-error': (p: { version: string }) =>
    `internal error in bulletin ${p.version}; this is a bug in bulletin, not in your files. Please report it with the command you ran (run again with --debug or BULLETIN_DEBUG=1 for the details)`,
} satisfies Record<string, (p: never) => string>;
