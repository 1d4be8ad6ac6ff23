import { rm } from 'node:fs/promises';
import { afterAll } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { tempDir } from './reference.js';

/**
 * Fresh temporary project folders for one test file, all removed after its tests: call at the
 * file's top level, then `await project('name')` in each test.
 */
export function tempProjects(): (prefix: string) => Promise<string> {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  return async (prefix) => {
    const dir = await tempDir(prefix);
    dirs.push(dir);
    return dir;
  };
}

/** What a command line printed and its exit code. */
export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command line in this process (no executable needed), in English and without colour. */
export async function cliInProcess(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: { NO_COLOR: '1', LANG: 'C', ...env }, cwd };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
