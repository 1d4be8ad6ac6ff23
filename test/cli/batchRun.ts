import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../e2e/reference.js';

// Runs the real executable (bin/bulletin.js → the dist/ bundle, its worker threads included) for
// the batch CLI tests, as a user or a CI job would.

const run = promisify(execFile);

/** The bundled executable. */
export const bin = path.join(repoRoot, 'bin', 'bulletin.js');

/** What a finished run printed, and its exit code. */
export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Colour off, not under CI (so the tests see what a user's pipe sees), no inherited
 * SOURCE_DATE_EPOCH, and no locale: the messages are in English whatever the machine's language.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['FORCE_COLOR', 'SOURCE_DATE_EPOCH', 'CI', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  return env;
}

/** `npm test` bundles before vitest runs; a bare `vitest run` may find no bundle yet. */
export async function ensureBundle(): Promise<void> {
  if (!existsSync(path.join(repoRoot, 'dist', 'worker.cjs'))) await run(process.execPath, ['scripts/bundle.mjs'], { cwd: repoRoot });
}

/** Runs `bulletin args…` in `cwd` to the end, with `env` (optional) over the clean environment. */
export async function bulletin(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, env: { ...cleanEnv(), ...env }, encoding: 'utf8', maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: unknown; stderr?: unknown };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: String(e.stdout ?? ''), stderr: String(e.stderr ?? '') };
  }
}

/** Starts `bulletin args…` in `cwd` and leaves it running. */
export function start(args: readonly string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves when the process has printed `count` lines matching `pattern` on stdout; rejects if it exits first or after 30 s. */
export function linesOf(child: ChildProcess, pattern: RegExp, count = 1): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const found: string[] = [];
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`fewer than ${count} lines matching ${pattern} within 30 s`)), 30_000);
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (pattern.test(line)) found.push(line);
      if (found.length >= count) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(found);
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (found.length < count) reject(new Error(`exited (${code}) after ${found.length} of ${count} lines matching ${pattern}`));
    });
  });
}

/** Resolves with the exit code (or the signal) once the process has ended. */
export function exited(child: ChildProcess): Promise<number | NodeJS.Signals | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
}
