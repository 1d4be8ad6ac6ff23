// `npm run bench`: times the bundled CLI on this machine and prints the figures (STYLE.md 12:
// benchmarks are scripts, run on demand; tests never time). Each figure is the median of a few
// runs, each in a fresh process unless it says otherwise:
//   cold build      the reference issue, a fresh process (start-up, fonts and all)
//   warm rebuild    the reference issue again in the same process (fonts, metrics parsed already)
//   batch --jobs N  the 24-issue archive, every issue built (--force)
//   batch, no-op    the same archive again: every issue up to date
// Peak memory is the process's maxRSS, its worker threads included.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { makeArchive } from './archive.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const REPEAT = Number(process.env['BENCH_REPEAT'] ?? 3);

if (!existsSync(path.join(root, 'dist', 'worker.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

/** Runs bench/measure.mjs once in a fresh process; resolves with its figures and the wall-clock time. */
function measure(repeat, args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'bench', 'measure.mjs'), String(repeat), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      const wall = performance.now() - started;
      const line = stderr.split('\n').find((l) => l.startsWith('BENCH '));
      if (!line || code !== 0) return reject(new Error(`bench run failed (${code}): ${args.join(' ')}\n${stderr}`));
      const result = JSON.parse(line.slice(6));
      if (result.code !== 0) return reject(new Error(`bulletin exited ${result.code}: ${args.join(' ')}\n${stderr}`));
      resolve({ ...result, wall });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mib = (kib) => `${Math.round(kib / 1024)} MiB`;

const work = await mkdtemp(path.join(os.tmpdir(), 'bulletin-bench-'));
try {
  const reference = path.join(root, 'examples', '2014-04.md');
  const rows = [];
  const add = (what, ms, rss) => rows.push([what, seconds(ms), mib(rss)]);

  const cold = [];
  for (let i = 0; i < REPEAT; i++) cold.push(await measure(1, ['build', reference, '-o', path.join(work, 'ref'), '--force'], work));
  add('cold build, reference issue (fresh process)', median(cold.map((r) => r.wall)), Math.max(...cold.map((r) => r.maxRSSKiB)));

  const warm = await measure(1 + REPEAT * 2, ['build', reference, '-o', path.join(work, 'ref'), '--force'], work);
  const rebuilds = warm.ms.slice(1);
  rows.push(['warm rebuild, reference issue (same process)', `${Math.round(median(rebuilds))} ms`, mib(warm.maxRSSKiB)]);

  const archive = path.join(work, 'archive');
  await makeArchive(archive);
  for (const jobs of [1, 2]) {
    const runs = [];
    for (let i = 0; i < REPEAT; i++) runs.push(await measure(1, ['build', '.', '-o', 'out', '--jobs', String(jobs), '--force'], archive));
    add(`batch of 24 issues, --jobs ${jobs} (fresh process)`, median(runs.map((r) => r.wall)), Math.max(...runs.map((r) => r.maxRSSKiB)));
  }
  const noop = [];
  for (let i = 0; i < REPEAT; i++) noop.push(await measure(1, ['build', '.', '-o', 'out'], archive));
  add('batch of 24 issues, all up to date', median(noop.map((r) => r.wall)), Math.max(...noop.map((r) => r.maxRSSKiB)));

  const version = [];
  for (let i = 0; i < REPEAT; i++) version.push(await measure(1, ['--version'], work));
  add('bulletin --version', median(version.map((r) => r.wall)), Math.max(...version.map((r) => r.maxRSSKiB)));

  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`bulletin bench: node ${process.version}, ${os.availableParallelism()} cores, median of ${REPEAT}`);
  for (const [what, time, rss] of rows) console.log(`  ${what.padEnd(width)}  ${time.padStart(8)}  peak ${rss}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
