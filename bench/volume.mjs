// `npm run bench:volume`: times `bulletin volume` on the 24-issue archive of bench/archive.mjs
// (issue 11.3), binding one year of it (8 issues), each run a fresh process. Under a shared,
// loaded machine absolute seconds drift, so runs of `node -e 0` are interleaved with the volume
// runs and the figure that travels is the ratio of the medians. Also prints the volume's pages and
// size against the sum of the same issues built one by one (`build`), and the peak memory.
//
// Usage: node bench/volume.mjs [runs, default 5] (BENCH_YEAR picks the year, default 2015).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { makeArchive } from './archive.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(5, Number(process.argv[2] ?? 5));
const YEAR = process.env['BENCH_YEAR'] ?? '2015';

if (!existsSync(path.join(root, 'dist', 'cli.cjs'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

/** Runs `node args…` in `cwd`; resolves with its wall-clock milliseconds and stderr, rejects on failure. */
function time(args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited ${code}\n${stderr}`));
      else resolve({ ms, stderr });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;

const work = await mkdtemp(path.join(os.tmpdir(), 'bulletin-bench-volume-'));
try {
  const archive = path.join(work, 'archive');
  await makeArchive(archive);
  const measure = path.join(root, 'bench', 'measure.cjs');
  const volumeArgs = [measure, '1', 'volume', '.', '--year', YEAR, '-o', path.join(work, 'volume.pdf'), '--fonts', 'bundled'];
  const empty = [];
  const volume = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    empty.push((await time(['-e', '0'], work)).ms);
    const run = await time(volumeArgs, archive);
    volume.push(run.ms);
    const line = run.stderr.split('\n').find((l) => l.startsWith('BENCH '));
    if (line) rss = Math.max(rss, JSON.parse(line.slice(6)).maxRSSKiB);
  }
  const volumeBytes = (await stat(path.join(work, 'volume.pdf'))).size;
  const { stderr } = await time([path.join(root, 'bin', 'bulletin.js'), 'volume', '.', '--year', YEAR, '-o', path.join(work, 'volume.pdf'), '--fonts', 'bundled'], archive);
  const singles = path.join(work, 'singles');
  const issues = (await readdir(archive)).filter((f) => f.startsWith(`${YEAR}-`) && f.endsWith('.md'));
  await time([path.join(root, 'bin', 'bulletin.js'), 'build', ...issues, '-o', singles, '--fonts', 'bundled', '--force'], archive);
  let sum = 0;
  for (const f of await readdir(singles)) if (f.endsWith('.pdf')) sum += (await stat(path.join(singles, f))).size;

  const e = median(empty);
  const v = median(volume);
  console.log(`bulletin volume, ${issues.length} issues of ${YEAR} from the 24-issue archive (${RUNS} runs, fresh processes, interleaved):`);
  console.log(`  ${stderr.trim()}`);
  console.log(`  node -e 0        median ${Math.round(e)} ms  (${volume.length} runs: ${empty.map(Math.round).join(', ')} ms)`);
  console.log(`  volume           median ${Math.round(v)} ms  (${volume.map(Math.round).join(', ')} ms), peak memory ${Math.round(rss / 1024)} MiB`);
  console.log(`  ratio            ${(v / e).toFixed(1)} × node -e 0`);
  console.log(`  size             ${kb(volumeBytes)}, the ${issues.length} single issues ${kb(sum)} together (${((100 * volumeBytes) / sum).toFixed(0)} %)`);
} finally {
  await rm(work, { recursive: true, force: true });
}
