// `npm run bench`: times the bundled CLI on this machine and keeps score (issue 13). Every case
// runs once per round, the rounds interleaved (a loaded machine slows all cases alike), after one
// warm-up round; each figure is the median of the rounds (BENCH_REPEAT, at least 5) and its
// ratio to `node -e 0` measured in the same rounds. Each run is a fresh process except the warm
// rebuild, which builds the reference again and again in one process. Peak memory is the
// process's maxRSS, its worker threads included; CPU is user + system time of the process (of
// one rebuild for the warm rebuild), the steadier figure when other work shares the machine.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { makeArchive } from './archive.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const REPEAT = Math.max(5, Number(process.env['BENCH_REPEAT'] ?? 5));
const measureScript = path.join(root, 'bench', 'measure.cjs');

if (!existsSync(path.join(root, 'dist', 'worker.cjs'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

/** Runs `node …args` once; resolves with the wall time and what bench/measure.cjs reported, if it ran. */
function run(args, { cwd, env = {} }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wall = performance.now() - started;
      if (code !== 0) return reject(new Error(`bench run failed (${code}): node ${args.join(' ')}\n${stderr}`));
      const line = stderr.split('\n').find((l) => l.startsWith('BENCH '));
      const result = line ? JSON.parse(line.slice(6)) : { ms: [], code: 0 };
      if (result.code !== 0) return reject(new Error(`bulletin exited ${result.code}: ${args.join(' ')}\n${stderr}`));
      resolve({ ...result, wall });
    });
  });
}

/** Runs the CLI with `cli` arguments through bench/measure.cjs (`repeat` times in one process). */
const bulletin = (cli, options, repeat = 1) => run([measureScript, String(repeat), ...cli], options);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

/** The reference issue with its body (after the front matter) written `times` times. */
async function longIssue(dir, times) {
  const source = await readFile(path.join(root, 'examples', '2014-04.md'), 'utf8');
  const [, front, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(source);
  const file = path.join(dir, `body-x${times}.md`);
  await writeFile(file, front + Array.from({ length: times }, () => body).join('\n'));
  return file;
}

const work = await mkdtemp(path.join(os.tmpdir(), 'bulletin-bench-'));
try {
  await mkdir(path.join(work, '.git'));
  const reference = path.join(root, 'examples', '2014-04.md');
  const cache = path.join(work, 'cache');
  const warm = { cwd: work, env: { XDG_CACHE_HOME: cache } };
  let fresh = 0;
  /** A cache folder no run has used: a build with an empty font and subset cache. */
  const empty = () => ({ cwd: work, env: { XDG_CACHE_HOME: path.join(work, `empty-${++fresh}`) } });
  const archive = path.join(work, 'archive');
  await makeArchive(archive);
  const long = { 10: await longIssue(work, 10), 50: await longIssue(work, 50), 100: await longIssue(work, 100) };
  const out = (name) => path.join(work, 'out', name);

  const cases = [
    ['node -e 0', () => run(['-e', '0'], warm)],
    ['reference PDF, cold', () => bulletin(['build', reference, '-o', out('ref'), '--force'], warm)],
    ['reference PDF, cold, no code cache', () => bulletin(['build', reference, '-o', out('ref-nocode'), '--force'], { ...warm, env: { ...warm.env, BULLETIN_NO_CODE_CACHE: '1' } })],
    ['reference PDF, cold, empty cache', () => bulletin(['build', reference, '-o', out('ref-empty'), '--force'], empty())],
    ['-f html, cold, empty cache', () => bulletin(['build', reference, '-o', out('html-empty'), '-f', 'html', '--force'], empty())],
    ['-f html, cold, warm cache', () => bulletin(['build', reference, '-o', out('html'), '-f', 'html', '--force'], warm)],
    ['-f both, cold', () => bulletin(['build', reference, '-o', out('both'), '-f', 'both', '--force'], warm)],
    ['24 pages (body × 10)', () => bulletin(['build', long[10], '-o', out('x10'), '--force'], warm)],
    ['117 pages (body × 50)', () => bulletin(['build', long[50], '-o', out('x50'), '--force'], warm)],
    ['234 pages (body × 100)', () => bulletin(['build', long[100], '-o', out('x100'), '--force'], warm)],
    ['warm rebuild of the reference, one process', () => bulletin(['build', reference, '-o', out('rebuild'), '--force'], warm, 6)],
    ['24 issues, --jobs 1', () => bulletin(['build', '.', '-o', 'out', '--jobs', '1', '--force'], { ...warm, cwd: archive })],
    ['24 issues, --jobs 2', () => bulletin(['build', '.', '-o', 'out', '--jobs', '2', '--force'], { ...warm, cwd: archive })],
    ['24 issues, default --jobs', () => bulletin(['build', '.', '-o', 'out', '--force'], { ...warm, cwd: archive })],
    ['24 issues, all up to date', () => bulletin(['build', '.', '-o', 'out'], { ...warm, cwd: archive })],
  ];
  const results = new Map(cases.map(([name]) => [name, []]));
  for (let round = 0; round <= REPEAT; round++) {
    for (const [name, once] of cases) {
      const result = await once();
      // The warm rebuild: the first build of the process is its cold start; the rest are rebuilds.
      const figure = name.startsWith('warm rebuild') ? { ...result, wall: median(result.ms.slice(1)), cpuMs: median(result.cpu.slice(1)) } : result;
      if (round > 0) results.get(name).push(figure);
    }
    process.stderr.write(`bench: round ${round}/${REPEAT} done\n`);
  }

  const base = median(results.get('node -e 0').map((r) => r.wall));
  console.log(`bulletin bench: node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(1)}; median of ${REPEAT} interleaved rounds after a warm-up`);
  console.log(`${'case'.padEnd(44)} ${'wall'.padStart(8)} ${'× node'.padStart(7)} ${'cpu'.padStart(8)} ${'peak'.padStart(8)}`);
  for (const [name, list] of results) {
    const wall = median(list.map((r) => r.wall));
    const cpu = list[0]?.cpuMs === undefined ? '' : seconds(median(list.map((r) => r.cpuMs)));
    const peak = list[0]?.maxRSSKiB === undefined ? '' : `${Math.round(Math.max(...list.map((r) => r.maxRSSKiB)) / 1024)} MiB`;
    console.log(`${name.padEnd(44)} ${seconds(wall).padStart(8)} ${(wall / base).toFixed(1).padStart(6)}× ${cpu.padStart(8)} ${peak.padStart(8)}`);
  }
  const pdf = await readFile(path.join(out('ref'), '2014-04.pdf'));
  const again = await readFile(path.join(out('ref-empty'), '2014-04.pdf'));
  const digest = (b) => createHash('sha256').update(b).digest('hex');
  console.log(`reference PDF: ${Math.round(pdf.byteLength / 1024)} KB, ${digest(pdf) === digest(again) ? 'byte-identical' : 'NOT identical'} with and without the subset cache`);
} finally {
  await rm(work, { recursive: true, force: true });
}
