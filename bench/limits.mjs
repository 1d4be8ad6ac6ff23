// `node bench/limits.mjs` (after `npm run build`): hostile inputs of issue 10 against the bundled
// CLI, each in a fresh process, with its exit code, time and peak memory (README, "Limits").
// Inputs are made here, in a temporary folder: nothing large is committed.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

function chunk(type, data = Buffer.alloc(0)) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

function png(width, height, idat, colourType = 6) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colourType;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND')]);
}

/** A zlib stream of `mb` MB of zeros in about `mb` KB: a fully flushed 1 MB block, repeated. */
function zeroBomb(mb) {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([Buffer.from([0x78, 0x9c]), ...new Array(mb).fill(block), deflateRawSync(Buffer.alloc(0)), Buffer.alloc(4)]);
}

/** The largest RGBA PNG the limits accept (4000 × 4000, 61 MB of pixel data), with a pattern. */
function largestRgba() {
  const [w, h] = [4000, 4000];
  const row = 1 + w * 4;
  const raw = Buffer.alloc(h * row);
  for (let y = 0; y < h; y++) for (let i = 1; i < row; i++) raw[y * row + i] = (i * 7 + y) & 0xff;
  return png(w, h, deflateSync(raw, { level: 1 }));
}

function measure(args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'bench', 'measure.cjs'), '1', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', () => {
      const line = stderr.split('\n').find((l) => l.startsWith('BENCH '));
      if (!line) return reject(new Error(`no figures for ${args.join(' ')}:\n${stderr}`));
      resolve({ ...JSON.parse(line.slice(6)), wall: performance.now() - started });
    });
  });
}

const head = '---\ntitle: 测试简报\nsponsors: [测试单位]\nissue: 1\ndate: 2014-12-01\n---\n\n正文。\n\n';
const cases = [
  ['PNG header 100000 × 100000, alpha', { 'p.png': png(100_000, 100_000, zeroBomb(1)) }, '![图](p.png)\n'],
  ['PNG bomb: 1 MB inflating to 1 GB', { 'p.png': png(1000, 1000, zeroBomb(1024)) }, '![图](p.png)\n'],
  ['largest RGBA PNG accepted (16 megapixels)', { 'p.png': largestRgba() }, '![图](p.png)\n'],
  ['truncated JPEG', { 'p.jpg': (await readFile(path.join(root, 'examples', 'images', 'masthead.jpg'))).subarray(0, -100) }, '![图](p.jpg)\n'],
  ['5,000 nested block quotes', {}, `${'>'.repeat(5000)} 深\n`],
  ['5,000 nested emphasis marks', {}, `${'*'.repeat(5000)}深${'*'.repeat(5000)}\n`],
  ['a list nested 2,000 levels deep', {}, `${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n')}\n`],
  ['a list nested 100 levels deep (the limit)', {}, `${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n')}\n`],
];

const work = await mkdtemp(path.join(os.tmpdir(), 'bulletin-bench-limits-'));
try {
  console.log(`bulletin limits bench: node ${process.version}, ${os.availableParallelism()} cores`);
  for (const [what, files, body] of cases) {
    const dir = path.join(work, String(cases.findIndex((c) => c[0] === what)));
    await mkdir(path.join(dir, '.git'), { recursive: true });
    for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dir, name), bytes);
    await writeFile(path.join(dir, 'issue.md'), head + body);
    const r = await measure(['build', 'issue.md'], dir);
    console.log(`  ${what.padEnd(44)} exit ${r.code}  ${(r.wall / 1000).toFixed(2).padStart(6)} s  peak ${Math.round(r.maxRSSKiB / 1024)} MiB`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
