// `npm run bench:site`: times `bulletin site` on the 24-issue archive (bench/archive.mjs), each run
// a fresh process of the bundled CLI, interleaved with `node -e 0` so that the figures can be read
// as ratios on a loaded machine (issue 11):
//   cold         an empty site folder: 24 issue pages and PDFs, the listing, the search index
//   incremental  one issue changed: that page, the listing and the index again
//   no-op        nothing changed
// The font subset cache is kept between runs (a fresh one per bench), as on a CI runner that
// caches it; the first cold run also fills it and is not counted.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { makeArchive } from './archive.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(5, Number(process.env['BENCH_REPEAT'] ?? 5));
const JOBS = process.env['BENCH_JOBS'] ?? String(Math.min(2, os.availableParallelism()));

if (!existsSync(path.join(root, 'dist', 'worker.cjs'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

/** Runs `node args…` in `cwd`; resolves with the wall-clock milliseconds. */
function timed(args, cwd, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`exit ${code}: ${args.join(' ')}\n${stderr}`))));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const work = await mkdtemp(path.join(os.tmpdir(), 'bulletin-bench-site-'));
try {
  const archive = path.join(work, 'archive');
  await makeArchive(archive);
  const env = { XDG_CACHE_HOME: path.join(work, 'cache') };
  const site = path.join(work, 'public');
  const bulletin = path.join(root, 'bin', 'bulletin.js');
  const run = () => timed([bulletin, 'site', archive, '-o', site, '--jobs', JOBS], work, env);
  const nodeOnly = () => timed(['-e', '0'], work, env);
  const changed = path.join(archive, '2015-04.md');
  const original = await readFile(changed, 'utf8');

  await run(); // fills the font subset cache
  const times = { node: [], cold: [], incremental: [], noop: [] };
  for (let i = 0; i < RUNS; i++) {
    times.node.push(await nodeOnly());
    await rm(site, { recursive: true, force: true });
    times.cold.push(await run());
    times.node.push(await nodeOnly());
    await writeFile(changed, i % 2 === 0 ? original.replace('本次会议', '此次会议') : original);
    times.incremental.push(await run());
    times.node.push(await nodeOnly());
    times.noop.push(await run());
  }
  const base = median(times.node);
  console.log(`bulletin site, 24-issue archive, --jobs ${JOBS}, median of ${RUNS} runs (fresh processes)`);
  console.log(`  node -e 0        ${(base / 1000).toFixed(3)} s`);
  for (const [what, key] of [['cold', 'cold'], ['incremental (1 issue)', 'incremental'], ['no-op', 'noop']]) {
    const ms = median(times[key]);
    console.log(`  ${what.padEnd(22)} ${(ms / 1000).toFixed(2)} s   ${(ms / base).toFixed(0)} × node -e 0`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
