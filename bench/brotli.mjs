// Brotli quality of the HTML's WOFF2 fonts: size against time, on the reference issue's subsets
// (the four faces the page embeds, each with the characters it shows). Prints, per quality, the
// total WOFF2 bytes and the median CPU time to subset and encode all four (harfbuzz + Brotli),
// to choose WOFF2_QUALITY in src/render/subset/woff2.ts.
//
// Usage: node bench/brotli.mjs   (after `npm run build`)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { encodeWoff2, getTemplate, renderHtml, typesetIssue } = await import(new URL('../dist/index.js', import.meta.url).href);
const RUNS = Number(process.env['BENCH_REPEAT'] ?? 5);

const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'bulletin-brotli-'));
try {
  const issue = await typesetIssue(path.join(root, 'examples', '2014-04.md'), { systemFontDirs: [] });
  const subsets = [];
  const capture = async (font, text) => {
    subsets.push({ font, text });
    return encodeWoff2(font, text);
  };
  const info = { title: '', author: '', subject: '', creator: '' };
  await renderHtml(issue.document, { template: getTemplate(issue.document.meta.template), chain: (r) => issue.shaper.chain(r), punctuation: 'quanjiao', info, cacheDir, encode: capture });
  console.log(`reference issue: ${subsets.length} subsets, ${subsets.map((s) => [...s.text].length).join(' + ')} characters; median of ${RUNS}`);
  // A warm-up: harfbuzz's wasm and the JIT reach their steady state before the first quality is timed.
  for (const { font, text } of subsets) await encodeWoff2(font, text, 5);
  console.log('quality   bytes  cpu ms');
  for (let q = 4; q <= 11; q++) {
    const times = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      // CPU time of this thread, not wall time: the figures hold on a loaded machine too.
      const started = process.cpuUsage();
      bytes = 0;
      for (const { font, text } of subsets) bytes += (await encodeWoff2(font, text, q)).byteLength;
      const used = process.cpuUsage(started);
      times.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    console.log(`${String(q).padStart(7)} ${String(bytes).padStart(7)} ${times[Math.floor(times.length / 2)].toFixed(0).padStart(7)}`);
  }
} finally {
  await rm(cacheDir, { recursive: true, force: true });
}
