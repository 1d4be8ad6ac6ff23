/**
 * How a command ended. Commands say what happened; runCli alone turns it into an exit code
 * (STYLE.md 8): document problems 1, usage 2, a bug 3.
 */
export type CommandOutcome = 'ok' | 'document-error' | 'usage-error' | 'internal-error';
