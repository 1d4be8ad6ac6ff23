// `node bench/watch.mjs`: `bulletin watch` on a copy of the reference issue, saved again and
// again; prints, for each save, the milliseconds from the save to the "wrote" line on stdout, and
// the time the watcher itself reports. Run `npm run build` first.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
    const saved = performance.now();
    // Each save changes one paragraph: a word of the body, as a clerk's correction would.
    await writeFile(path.join(dir, 'issue.md'), source.replace('。', i % 2 === 0 ? '！' : '。'));
    const line = await wrote;
    seen.push({ ms: performance.now() - saved, reported: Number(/in (\d+) ms|用时 (\d+) 毫秒/.exec(line)?.slice(1).find(Boolean)) });
    await new Promise((r) => setTimeout(r, 200));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`watch, save to "wrote": median ${Math.round(median(seen.map((s) => s.ms)))} ms over ${SAVES} saves (the watcher reports ${Math.round(median(seen.map((s) => s.reported)))} ms); each: ${seen.map((s) => Math.round(s.ms)).join(' ')}`);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await rm(dir, { recursive: true, force: true });
}
