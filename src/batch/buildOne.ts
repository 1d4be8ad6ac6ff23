import { performance } from 'node:perf_hooks';
import type { BuildOptions, BuildResult } from '../build/buildIssue.js';
import { catchStray } from './catchStray.js';
import { hashFile } from './hashFile.js';

/** One issue to build: what a worker thread receives (plain data, cloned across threads). */
export interface IssueTask {
  /** Absolute path of the issue. */
  readonly file: string;
  readonly options: BuildOptions;
}

/** Content hashes of a successful build's files, by absolute path. */
export interface BuildHashes {
  readonly inputs: Readonly<Record<string, string>>;
  readonly outputs: Readonly<Record<string, string>>;
}

/** What became of one issue: what a worker thread sends back. */
export interface IssueOutcome {
  readonly file: string;
  /** The build's result; absent after an internal error. */
  readonly result?: BuildResult;
  /** Present when the build succeeded and no input changed while it ran: what the manifest records. */
  readonly hashes?: BuildHashes;
  /** The stack of an exception: a bug in bulletin, not in the issue. */
  readonly internalError?: string;
  readonly seconds: number;
}

async function hashAll(files: readonly string[]): Promise<Record<string, string> | undefined> {
  const hashes: Record<string, string> = {};
  for (const file of files) {
    const hash = await hashFile(file);
    if (hash === undefined) return undefined;
    hashes[file] = hash;
  }
  return hashes;
}

/**
 * Builds one issue and hashes what it read and wrote. The issue is hashed before the build too:
 * when it was saved while the build ran, the output may be of the older text, so nothing is
 * recorded and the next batch builds it again. Never throws.
 */
export async function buildOne(task: IssueTask): Promise<IssueOutcome> {
  const started = performance.now();
  const seconds = (): number => (performance.now() - started) / 1000;
  try {
    const before = await hashFile(task.file);
    // Loaded on first use: a batch whose issues are all up to date never loads the typesetting stack.
    const { buildIssue } = await import('../build/buildIssue.js');
    const result = await catchStray(() => buildIssue(task.file, task.options));
    if (!result.inputs || !result.outputs || result.outputs.length === 0) return { file: task.file, result, seconds: seconds() };
    const inputs = await hashAll(result.inputs.files);
    const outputs = await hashAll(result.outputs);
    const stable = inputs !== undefined && outputs !== undefined && inputs[task.file] === before;
    return { file: task.file, result, ...(stable ? { hashes: { inputs, outputs } } : {}), seconds: seconds() };
  } catch (error) {
    return { file: task.file, internalError: error instanceof Error ? (error.stack ?? error.message) : String(error), seconds: seconds() };
  }
}
