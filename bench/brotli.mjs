// Brotli quality of the HTML's WOFF2 fonts: size against time, on the reference issue's subsets
// (the four faces the page embeds, each with the characters it shows). Prints, per quality, the
// total WOFF2 bytes and the median CPU time to subset and encode all four (harfbuzz + Brotli),
// each round in a fresh process, as a build meets them: a warm process runs both several times
// faster (harfbuzz's wasm compiled, Brotli's memory reused) and would flatter the higher
// qualities. Subsetting costs the same at every quality: the differences are Brotli's. To choose
// WOFF2_QUALITY in src/render/subset/woff2.ts.
//
// Usage: node bench/brotli.mjs   (after `npm run build`)
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env['BENCH_REPEAT'] ?? 5);
const library = new URL('../dist/index.js', import.meta.url).href;

if (process.argv[2] === '--round') {
  // One round in this fresh process: the faces saved in the folder given, at the quality given.
  const { encodeWoff2 } = await import(library);
  const [dir, quality] = [process.argv[3], Number(process.argv[4])];
  const faces = JSON.parse(await readFile(path.join(dir, 'faces.json'), 'utf8'));
  const fonts = await Promise.all(faces.map((_, i) => readFile(path.join(dir, `${i}.font`))));
  const started = process.cpuUsage();
  const encoded = await Promise.all(faces.map((text, i) => encodeWoff2(fonts[i], text, quality)));
  const used = process.cpuUsage(started);
  console.log(`${encoded.reduce((sum, w) => sum + w.byteLength, 0)} ${(used.user + used.system) / 1000}`);
  process.exit(0);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const { getTemplate, renderHtml, typesetIssue } = await import(library);
const dir = await mkdtemp(path.join(os.tmpdir(), 'bulletin-brotli-'));
try {
  const issue = await typesetIssue(path.join(root, 'examples', '2014-04.md'), { systemFontDirs: [] });
  const faces = [];
  // The faces and characters the page subsets, as renderHtml asks for them.
  const capture = async (font, text) => {
    await writeFile(path.join(dir, `${faces.push(text) - 1}.font`), font);
    return new Uint8Array(0);
  };
  const info = { title: '', author: '', subject: '', creator: '' };
  await renderHtml(issue.document, { template: getTemplate(issue.document.meta.template), chain: (r) => issue.shaper.chain(r), punctuation: 'quanjiao', info, cacheDir: path.join(dir, 'cache'), encode: capture });
  await writeFile(path.join(dir, 'faces.json'), JSON.stringify(faces));
  console.log(`reference issue: ${faces.length} subsets, ${faces.map((t) => [...t].length).join(' + ')} characters; median of ${RUNS} fresh processes`);
  console.log('quality   bytes  cpu ms');
  const rounds = new Map();
  // Qualities interleaved round by round, so a busy spell of the machine weighs on all alike.
  for (let run = 0; run < RUNS; run++) {
    for (let q = 4; q <= 11; q++) {
      const [bytes, ms] = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--round', dir, String(q)], { encoding: 'utf8' }).trim().split(' ').map(Number);
      const seen = rounds.get(q) ?? { bytes, times: [] };
      seen.times.push(ms);
      rounds.set(q, seen);
    }
  }
  for (const [q, { bytes, times }] of rounds) {
    times.sort((a, b) => a - b);
    console.log(`${String(q).padStart(7)} ${String(bytes).padStart(7)} ${times[Math.floor(times.length / 2)].toFixed(0).padStart(7)}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
