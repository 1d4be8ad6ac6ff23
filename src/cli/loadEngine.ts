import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import type { IssueOutcome, IssueTask } from '../batch/buildOne.js';
import { defaultCacheDir } from '../cacheDir.js';
import { ownEsmPackages } from '../esmImport.js';
import { packageRoot } from '../packageRoot.js';
import type { CliIo } from './runCli.js';

/** What dist/engine.cjs exports (src/engine.ts). */
export interface Engine {
  runCli(args: readonly string[], io: CliIo): Promise<number>;
  buildOne(task: IssueTask): Promise<IssueOutcome>;
}

/** dist/engine.json: the engine's digest, and the V8 that compiled dist/engine.v8cache, when the build made one. */
interface EngineStamp {
  readonly sha256: string;
  readonly v8?: string;
  readonly arch?: string;
}

/** The engine, and how to keep its compiled code for the next run. */
export interface LoadedEngine {
  readonly engine: Engine;
  /** Whose compiled code V8 took: the build's (dist/engine.v8cache), the user's, or none (compiled afresh). */
  readonly codeCache: 'build' | 'user' | 'none';
  /**
   * Writes V8's compiled code of the engine to the user's cache folder when this run had none
   * that V8 accepted. Call it once the command is done: the code compiled while it ran is kept
   * too, not only the top level. Never throws: a cache that cannot be written is only slower.
   */
  saveCodeCache(): void;
}

// The wrapper is on the engine's first line, so stack traces keep the bundle's line numbers.
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';

/**
 * Loads dist/engine.cjs with V8's code cache. Compiling the 1.5 MB engine, at start and then
 * function by function as a build first calls them, is about a fifth of a cold build; with the
 * cache V8 takes the compiled code instead. Node 20 keeps no compiled code for ES modules, hence a
 * CommonJS engine run as a vm.Script. The cache is the build's own (dist/engine.v8cache, made for
 * the V8 that built it) or, for another Node, the user's (`<cache>/code/`), written after the
 * first run. V8 checks a cache's version and flags but not the source it was made from: the file
 * names carry the engine's digest, so a changed engine never runs another's code.
 *
 * @param dist The folder of the bundle.
 * @param cacheDir The user's cache folder (src/cacheDir.ts); `null`: no code cache at all.
 * @returns The engine, or `undefined` when the bundle has no engine (run from the sources).
 */
export function loadEngine(dist: string, cacheDir: string | null): LoadedEngine | undefined {
  const file = join(dist, 'engine.cjs');
  if (!existsSync(file)) return undefined;
  raiseTieringBudget();
  const bytes = readFileSync(file);
  const digest = createHash('sha256').update(bytes).digest('hex');
  // The build writes the engine in ASCII (scripts/engineCache.mjs): a one-byte string, no UTF-8 to decode.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const userCache = cacheDir === null ? undefined : join(cacheDir, 'code', `engine-${digest.slice(0, 16)}-${process.versions.v8}-${process.arch}.bin`);
  const fromUser = cacheDir === null ? undefined : readCache(userCache);
  const cachedData = cacheDir === null ? undefined : (fromUser ?? shippedCache(dist, digest));
  const script = new vm.Script(WRAPPER_START + source + WRAPPER_END, { filename: file, ...(cachedData ? { cachedData } : {}) });
  // The engine's own import() fails once its code comes from the cache (Node 20): it imports the
  // ES-only package (pagefind) through this module's (src/esmImport.ts).
  globalThis.__bulletinEsmPackages ??= ownEsmPackages;
  const module = { exports: {} as Engine };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  const accepted = cachedData !== undefined && script.cachedDataRejected !== true;
  let saved = accepted;
  return {
    engine: module.exports,
    codeCache: !accepted ? 'none' : fromUser !== undefined ? 'user' : 'build',
    saveCodeCache() {
      // Worker threads load the same engine as the main thread: one writer is enough.
      if (saved || userCache === undefined || !isMainThread) return;
      saved = true;
      writeCache(userCache, script.createCachedData());
    },
  };
}

/**
 * The package's own engine (dist/ beside its package.json), with the user's cache folder for its
 * compiled code unless `BULLETIN_NO_CODE_CACHE=1`: what the executable and each worker thread load.
 *
 * @param env The environment (the cache folder's variables).
 */
export function loadBundledEngine(env: NodeJS.ProcessEnv): LoadedEngine | undefined {
  return loadEngine(join(packageRoot(), 'dist'), env['BULLETIN_NO_CODE_CACHE'] === '1' ? null : defaultCacheDir(env));
}

// V8 compiles a function again with TurboFan, on background threads, once the function has run
// through a budget of bytecode (V8 11.3's default, 66 KB, is set for long-lived pages and
// servers). A build lives a fraction of a second: with that budget it optimised some 190
// functions over 24 issues, 0.5 s of CPU that mostly came too late to pay back, and that a
// second job's thread could have used. Measured on the 2-core bench machine, with a budget 15
// times larger: the reference cold 260 -> 210 ms (CPU 350 -> 220 ms), 24 issues with one job
// 1.06 -> 0.98 s (CPU 1.48 -> 1.16 s), 228 pages 1.30 -> 1.24 s. The flag is set before the engine
// is compiled, in every run and in the build that makes dist/engine.v8cache: V8 takes a code
// cache only when made under the same flags. A budget given on Node's command line is kept.
const INTERRUPT_BUDGET = 1_000_000;

function raiseTieringBudget(): void {
  // (Node refuses this flag in NODE_OPTIONS: only its own command line can give it.)
  if (process.execArgv.some((arg) => arg.startsWith('--interrupt-budget'))) return;
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

function readCache(file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function shippedCache(dist: string, digest: string): Buffer | undefined {
  try {
    const stamp = JSON.parse(readFileSync(join(dist, 'engine.json'), 'utf8')) as EngineStamp;
    if (stamp.sha256 !== digest || stamp.v8 !== process.versions.v8 || stamp.arch !== process.arch) return undefined;
    return readFileSync(join(dist, 'engine.v8cache'));
  } catch {
    return undefined;
  }
}

/** Writes the cache through a temporary file, and removes those of older engines for this Node. */
function writeCache(file: string, data: Buffer): void {
  const dir = dirname(file);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, file);
    const name = file.slice(dir.length + 1);
    const sameNode = name.slice('engine-'.length + 16);
    for (const other of readdirSync(dir)) if (other !== name && other.startsWith('engine-') && other.endsWith(sameNode)) rmSync(join(dir, other), { force: true });
  } catch {
    rmSync(temp, { force: true });
  }
}
