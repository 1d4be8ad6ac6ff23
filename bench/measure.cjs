// One bench measurement in a fresh process: runs the bundled CLI's `run(args)` `repeat` times in
// this process and reports each run's milliseconds and the process's peak memory (worker threads
// included) on stderr as `BENCH {json}`. The CLI's own output goes to stdout, which bench/run.mjs ignores.
// CommonJS, like bin/bulletin.js: the process starts as the CLI's does, without the ES-module loader.
//
// Usage: node bench/measure.cjs <repeat> <cli args…>
'use strict';
const { join } = require('node:path');

const [repeat = '1', ...args] = process.argv.slice(2);
const { run } = require(join(__dirname, '..', 'dist', 'cli.cjs'));

async function main() {
  const ms = [];
  /** CPU milliseconds of each run, this thread's and its workers' (steadier than wall time on a loaded machine). */
  const cpu = [];
  let code = 0;
  for (let i = 0; i < Number(repeat); i++) {
    const started = performance.now();
    const before = process.cpuUsage();
    code = Math.max(code, await run(args));
    ms.push(performance.now() - started);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  const usage = process.resourceUsage();
  // Then exit at once, as bin/bulletin.js does once its output is written: the wall time is the
  // CLI's, without tearing down the heap, which the CLI never waits for.
  process.stderr.write(`BENCH ${JSON.stringify({ ms, cpu, code, maxRSSKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`, () => process.exit(0));
}
main();
