// `node bench/hostile.mjs`: the hostile inputs of issue 10 at the sizes it reports, each built by
// the bundled CLI in a fresh process under /usr/bin/time -v, one at a time; prints a table of
// wall time, peak memory (RSS) and exit code per case, and whether the case meets the issue's bound:
// every input of 10 MB or less builds or fails within 10 s and 1 GB, exit 0 with a PDF that
// `qpdf --check` accepts or exit 1/2 (never 3), no stack trace. A case still running after
// BENCH_KILL_AFTER seconds (default 30) is killed and shown as such.
//
//   node bench/hostile.mjs [NAME…]      only the cases whose names are given
//   BENCH_KEEP=1                        keep the generated corpus (its folder is printed)
import { execFile, spawn } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { mkdtemp, open, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateHostileCorpus } from '../test/fixtures/hostile/generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const KILL_AFTER = Number(process.env['BENCH_KILL_AFTER'] ?? 30);
const LIMIT_SECONDS = 10;
const LIMIT_KIB = 1024 * 1024;
const exec = promisify(execFile);

if (!existsSync(path.join(root, 'dist', 'cli.cjs'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
if (!existsSync('/usr/bin/time')) {
  console.error('bench: /usr/bin/time is needed (GNU time, for the peak memory of each run)');
  process.exit(1);
}

/** Bytes of every regular file of a case's folder: the issue with its pictures, fonts and bulletin.yaml. */
async function inputBytes(folder) {
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Gives end of file to any read still waiting on a FIFO of the case, so no process is left hanging on it. */
async function releaseFifos(folder) {
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFIFO()) continue;
    await open(path.join(entry.parentPath, entry.name), constants.O_WRONLY | constants.O_NONBLOCK).then(
      (h) => h.close(),
      () => undefined,
    );
  }
}

/** Builds one case under GNU time; resolves with its exit code, wall seconds, peak RSS and what it printed. */
function timed(file, out) {
  return new Promise((resolve) => {
    // SIGTERM first, so that timeout waits for bulletin and time reports bulletin's own peak memory.
    const args = ['-v', 'timeout', '-k', '5', String(KILL_AFTER), process.execPath, path.join(root, 'bin', 'bulletin.js'), 'build', file, '-o', out];
    const child = spawn('/usr/bin/time', args, { env: { ...process.env, NO_COLOR: '1', CI: 'true', LANG: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', () => {
      // GNU time appends its report to stderr; the CLI's own output comes before it.
      const at = stderr.lastIndexOf('\tCommand being timed:');
      const report = at >= 0 ? stderr.slice(at) : '';
      const field = (name) => new RegExp(`\\t${name}: (.*)`).exec(report)?.[1] ?? '';
      const [sec, min, hr] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').reverse().map(Number).concat([0, 0]);
      const code = Number(field('Exit status'));
      resolve({
        code: code === 124 || code === 137 || /Command terminated by signal/.test(stderr) ? 'killed' : code,
        seconds: (sec ?? 0) + (min ?? 0) * 60 + (hr ?? 0) * 3600,
        rssKiB: Number(field('Maximum resident set size \\(kbytes\\)')),
        output: stdout + (at >= 0 ? stderr.slice(0, at) : stderr),
      });
    });
  });
}

async function qpdfOk(pdf) {
  try {
    await exec('qpdf', ['--check', pdf]);
    return true;
  } catch {
    return false;
  }
}

const size = (bytes) => (bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

const dir = await mkdtemp(path.join(os.tmpdir(), 'bulletin-hostile-'));
console.error(`generating the corpus in ${dir} …`);
const wanted = process.argv.slice(2);
const corpus = (await generateHostileCorpus(dir, { scale: 'bench' })).filter((c) => wanted.length === 0 || wanted.includes(c.name));
console.log(`${pad('case', 22)} ${pad('area', 9)} ${padL('input', 8)} ${padL('exit', 6)} ${padL('time', 7)} ${padL('peak RSS', 9)}  verdict`);
let failures = 0;
for (const c of corpus) {
  const folder = path.dirname(c.file);
  const out = path.join(folder, 'out');
  const input = await inputBytes(folder);
  const running = timed(c.file, out);
  // A case blocked on a FIFO is given end of file once it has had the time the bound allows.
  const release = c.special ? setTimeout(() => void releaseFifos(folder), (LIMIT_SECONDS + 1) * 1000) : undefined;
  const r = await running;
  clearTimeout(release);
  if (c.special) await releaseFifos(folder);
  const problems = [];
  if (r.code === 'killed') problems.push(`killed after ${KILL_AFTER} s`);
  else if (r.code === 3) problems.push('exit 3');
  else if (![0, 1, 2].includes(r.code)) problems.push(`exit ${r.code}`);
  if (r.seconds > LIMIT_SECONDS) problems.push(`over ${LIMIT_SECONDS} s`);
  if (r.rssKiB > LIMIT_KIB) problems.push('over 1 GB');
  if (/^\s+at /m.test(r.output)) problems.push('stack trace');
  const pdf = path.join(out, 'issue.pdf');
  if (r.code === 0 && !(existsSync(pdf) && (await qpdfOk(pdf)))) problems.push('PDF rejected by qpdf');
  if (problems.length > 0) failures++;
  console.log(
    `${pad(c.name, 22)} ${pad(c.area, 9)} ${padL(size(input), 8)} ${padL(r.code, 6)} ${padL(`${r.seconds.toFixed(1)} s`, 7)} ${padL(`${Math.round(r.rssKiB / 1024)} MB`, 9)}  ${problems.length === 0 ? 'ok' : problems.join(', ')}`,
  );
  await rm(out, { recursive: true, force: true });
}
console.log(`${corpus.length - failures} of ${corpus.length} cases within ${LIMIT_SECONDS} s and 1 GB, exit 0/1/2, no stack trace, every PDF accepted by qpdf`);
if (process.env['BENCH_KEEP']) console.error(`corpus kept in ${dir}`);
else await rm(dir, { recursive: true, force: true });
