// The engine: everything the commands run, bundled as one CommonJS script (dist/engine.cjs) so
// that V8 can keep its compiled code between runs (src/cli/loadEngine.ts). The CLI's own entry
// (src/cli/main.ts) answers --help and --version without it; the batch's worker threads load it too.
export { runCli } from './cli/runCli.js';
export { buildOne } from './batch/buildOne.js';
