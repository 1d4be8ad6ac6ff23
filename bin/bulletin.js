#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm run build` (run by npm ci / npm install via "prepare").
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('bulletin: dist/cli.js is missing; run `npm run build` in the bulletin folder\n');
  process.exit(3);
}
const { run } = await import(bundle.href);
const code = await run();
// Exiting at once skips tearing down a heap of fonts (about 30 ms), but only when nothing
// written to stdout or stderr is still queued (pipes are asynchronous on macOS).
if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
process.exitCode = code;
