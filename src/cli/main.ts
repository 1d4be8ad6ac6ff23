import { loadBundledEngine, type LoadedEngine } from './loadEngine.js';
import type { CliIo } from './runCli.js';

/** The engine, once loaded; null when the bundle has none. */
let engine: LoadedEngine | null | undefined;

// What only asks for help or the version: answered without loading the engine.
const QUICK = new Set(['-h', '--help', 'help', '-V', '--version']);

/**
 * The `bulletin` executable (bundled as dist/cli.cjs, CommonJS like the engine): runs the CLI on
 * this process's arguments and streams. A command runs in the engine (dist/engine.cjs, loaded with V8's code cache: see
 * loadEngine.ts); help and the version come from the CLI's own small module.
 */
export async function run(args: readonly string[] = process.argv.slice(2)): Promise<number> {
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
  const quick = args.length === 0 || args.some((arg) => QUICK.has(arg));
  // Loaded once per process: a second run (bench/measure.cjs, a program calling run()) keeps the
  // engine's parsed fonts and warm code, as the library does.
  if (!quick) engine ??= loadBundledEngine(io.env) ?? null;
  const loaded = quick ? undefined : engine;
  if (!loaded) return (await import('./runCli.js')).runCli(args, io);
  try {
    return await loaded.engine.runCli(args, io);
  } finally {
    loaded.saveCodeCache();
  }
}
