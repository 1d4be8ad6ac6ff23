import { runCli } from './runCli.js';

/** The `bulletin` executable: runs the CLI on this process's arguments and streams. */
export async function run(args: readonly string[] = process.argv.slice(2)): Promise<number> {
  return runCli(args, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
}
