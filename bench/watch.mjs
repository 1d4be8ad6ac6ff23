// `node bench/watch.mjs`: `bulletin watch` on a copy of the reference issue, saved again and
// again; prints, for each save, the milliseconds from the save to the "wrote" line on stdout, and
// the time the watcher itself reports; on Linux also the CPU time the watcher spent per save
// (from /proc), which a busy machine disturbs less than the wall time. Run `npm run build` first.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SAVES = Number(process.env['BENCH_REPEAT'] ?? 10);
const dir = await mkdtemp(path.join(os.tmpdir(), 'bulletin-bench-watch-'));
const child = spawn(process.execPath, [path.join(root, 'bin', 'bulletin.js'), 'watch', 'issue.md', '-o', 'out'], {
  cwd: dir,
  env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: path.join(dir, 'cache') },
  stdio: ['ignore', 'pipe', 'pipe'],
});
// User and system time of the watcher so far, in ms (fields 14 and 15 of /proc/PID/stat, in clock
// ticks of 10 ms on Linux); undefined elsewhere.
function cpuMs() {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
try {
  await mkdir(path.join(dir, '.git'));
  const source = await readFile(path.join(root, 'examples', '2014-04.md'), 'utf8');
  await writeFile(path.join(dir, 'issue.md'), source);
  let buffer = '';
  let waiting;
  child.stdout.on('data', (d) => {
    buffer += d;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) if (/wrote|已写出/.test(line)) waiting?.(line);
  });
  const nextWrote = () => new Promise((resolve) => (waiting = resolve));
  await nextWrote();
  // The watcher is ready once its first build is written and chokidar has started.
  await new Promise((r) => setTimeout(r, 1000));
  const seen = [];
  for (let i = 0; i < SAVES; i++) {
    const wrote = nextWrote();
    const cpuBefore = cpuMs();
    const saved = performance.now();
    // Each save changes one paragraph: a word of the body, as a clerk's correction would.
    await writeFile(path.join(dir, 'issue.md'), source.replace('。', i % 2 === 0 ? '！' : '。'));
    const line = await wrote;
    const ms = performance.now() - saved;
    const reported = Number(/in (\d+) ms|用时 (\d+) 毫秒/.exec(line)?.slice(1).find(Boolean));
    // Read after a pause, so that the CPU time of what the build left to do after its line counts.
    await new Promise((r) => setTimeout(r, 200));
    const cpuAfter = cpuMs();
    seen.push({ ms, reported, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`watch, save to "wrote": median ${Math.round(median(seen.map((s) => s.ms)))} ms over ${SAVES} saves (the watcher reports ${Math.round(median(seen.map((s) => s.reported)))} ms); each: ${seen.map((s) => Math.round(s.ms)).join(' ')}`);
  // Ticks are 10 ms: the mean of the saves after the first three (which warm the JIT up) says more than a median.
  const cpus = seen.slice(3).map((s) => s.cpu);
  if (cpus.length > 0 && cpus.every((c) => c !== undefined)) console.log(`watcher CPU per save: mean ${Math.round(cpus.reduce((a, b) => a + b, 0) / cpus.length)} ms after the first 3; each: ${seen.map((s) => s.cpu).join(' ')}`);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await rm(dir, { recursive: true, force: true });
}
