import { runCli } from '../../src/cli/runCli.js';

/** What a finished in-process run printed, and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI in this process (one job: the build runs in this thread, so the outputFs seam
 * reaches it), colour off, English, with `env` added to an otherwise empty environment.
 */
export async function runInProcess(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { NO_COLOR: '1', LANG: 'C', ...env },
    cwd,
  });
  return { code, stdout, stderr };
}

/** A stack trace means a bug in bulletin (STYLE.md 8): no `    at …` frame may reach the user. */
export function hasStackTrace(run: CliRun): boolean {
  return /^\s+at /m.test(`${run.stdout}\n${run.stderr}`);
}
