#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm run build` (run by npm ci / npm install via "prepare").
// CommonJS (bin/package.json), as dist/cli.cjs is: a build then never starts Node's ES-module
// loader, which would cost a tenth of the reference's cold build.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(bundle)) {
  process.stderr.write('bulletin: dist/cli.cjs is missing; run `npm run build` in the bulletin folder\n');
  process.exit(3);
}
require(bundle)
  .run()
  .then((code) => {
    // Exiting at once skips tearing down a heap of fonts (about 30 ms), but only when nothing
    // written to stdout or stderr is still queued (pipes are asynchronous on macOS).
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
    process.exitCode = code;
  });
