// Bundles the CLI into dist/: loading ~100 unbundled modules costs about 0.75 s, one file far less.
// The heavy typesetting stack sits in a chunk of its own, loaded only when a build runs.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
// fontkit imports a Brotli decoder (475 KB, with a dictionary unpacked at load time) only to read
// WOFF2. bulletin never gives fontkit a WOFF2 file (LAYOUT.md D.1), so the bundle gets a stub.
const noWoff2 = {
  name: 'no-woff2',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress\.js$/ }, () => ({ path: 'brotli-stub', namespace: 'no-woff2' }));
    b.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      contents: "export default function () { throw new Error('bulletin does not read WOFF2 fonts'); }",
    }));
  },
};

await build({
  plugins: [noWoff2],
  // dist/worker.js is the entry of each worker thread of a parallel batch (src/batch/runJobs.ts).
  entryPoints: { cli: 'src/cli/entry.ts', worker: 'src/batch/worker.ts' },
  // tinypool starts its threads from a file of its own package, found next to its module: bundled,
  // that file would be looked for in dist/.
  external: ['tinypool'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  // Some dependencies are CommonJS and expect require/__dirname even inside the ESM bundle.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);",
  },
});
