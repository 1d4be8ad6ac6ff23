// `node bench/pdfa.mjs [issue.md ...]`: what archival PDF costs. For each issue, the PDF painted
// from the same typeset pages as print (CMYK, untagged), tagged only, and PDF/A-2u (tagged, XMP,
// output intent), interleaved round after round so that a busy machine weighs on each alike;
// prints the sizes and the median painting times, in CPU time (this process's user + system),
// which a machine shared with other jobs disturbs less than the wall clock. Bundles the renderer from src/ with esbuild
// (renderPdf is not part of the public API).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env['BENCH_REPEAT'] ?? 7);
const issues = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['examples/2014-04.md', 'examples/rich.md'];

// Inside the repository, so that the bundle's imports of pdfkit, fontkit … resolve.
await mkdir(path.join(root, 'node_modules', '.cache'), { recursive: true });
const dir = await mkdtemp(path.join(root, 'node_modules', '.cache', 'bench-pdfa-'));
try {
  const entry = `export { typesetIssue, archiveInfo, pdfInfo, templateOf } from ${JSON.stringify(path.join(root, 'src/build/buildIssue.ts'))};
export { renderPdf } from ${JSON.stringify(path.join(root, 'src/render/pdf/renderPdf.ts'))};`;
  const out = path.join(dir, 'bench.mjs');
  await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile: out,
    logLevel: 'error',
  });
  const lib = await import(pathToFileURL(out).href);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const issue of issues) {
    const set = await lib.typesetIssue(path.resolve(root, issue), { systemFontDirs: [] });
    if (!set.typeset) throw new Error(`${issue}: ${JSON.stringify(set.diagnostics)}`);
    const base = { info: lib.pdfInfo(set.document), fonts: set.shaper.fontsByKey, colours: lib.templateOf(set.document).colours };
    const variants = { print: base, tagged: { ...base, tagged: true }, pdfa: { ...base, pdfa: lib.archiveInfo(set.document) } };
    const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    const sizes = {};
    for (let round = 0; round <= ROUNDS; round++) {
      for (const [name, options] of Object.entries(variants)) {
        const started = process.cpuUsage();
        const bytes = await lib.renderPdf(set.typeset, options);
        const used = process.cpuUsage(started);
        // The first round warms the caches (fonts parsed, code compiled) and is not counted.
        if (round > 0) times[name].push((used.user + used.system) / 1000);
        sizes[name] = bytes.length;
      }
    }
    const print = median(times.print);
    console.log(`${issue} (${set.typeset.pages.length} pages), median CPU time of ${ROUNDS} renderings:`);
    for (const name of Object.keys(variants)) {
      const t = median(times[name]);
      const growth = ((sizes[name] / sizes.print - 1) * 100).toFixed(1);
      console.log(`  ${name.padEnd(7)} ${(sizes[name] / 1024).toFixed(1).padStart(7)} KB (${growth.padStart(5)} %)  ${t.toFixed(1).padStart(7)} ms (× ${(t / print).toFixed(2)})`);
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
