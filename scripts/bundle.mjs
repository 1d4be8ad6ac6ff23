// Builds dist/: the CLI and the library bundled by esbuild, and the library's type declarations.
// Bundled, because loading ~100 unbundled modules costs about 0.75 s and one file far less. The
// heavy typesetting stack sits in a chunk of its own, loaded only when a build runs; the CLI and
// the library share their chunks. `--no-types` skips the declarations (tsc, several seconds) for
// the benchmarks, which only run the CLI.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBuildStamp } from './buildStamp.mjs';
import { writeTemplateSchema } from './templateSchema.mjs';
import { writeFontTables } from './fontTables.mjs';
import { writeEngineCache } from './engineCache.mjs';
import { writeBuiltinTemplates } from './builtinTemplates.mjs';
import { writeFaceDigests } from './faceDigests.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

// esbuild and typescript are devDependencies: a clone installed without them (npm i --omit=dev)
// cannot build, and says so instead of a module-not-found trace. A packed or published bulletin
// never runs this script: its dist/ ships built.
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bulletin: building dist/ needs the devDependencies (esbuild, typescript): run `npm ci` or `npm install` in the bulletin folder\n');
  process.exit(1);
}

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
rmSync(new URL('../node_modules/.cache/bulletin-build.json', import.meta.url), { force: true });
// fontkit imports a Brotli decoder (475 KB, with a dictionary unpacked at load time) only to read
// WOFF2. bulletin never gives fontkit a WOFF2 file (docs/layout.md D.1), so the bundle gets a stub.
const noWoff2 = {
  name: 'no-woff2',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress\.js$/ }, () => ({ path: 'brotli-stub', namespace: 'no-woff2' }));
    b.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      contents: "export default function () { throw new Error('bulletin does not read WOFF2 fonts'); }",
    }));
  },
};

// fontkit costs ~100 ms to load (its start-up unpacks unicode and shaping tables) and a build of
// the bundled fonts needs none of it (src/fonts/fontTable.ts): it is bundled on its own into
// dist/fontkit.cjs, which src/fonts/fontkit.ts requires only when a font or a run needs it.
// pdfkit imports fontkit at its top for a font API bulletin does not use: it gets a stand-in.
const lazyFontkit = {
  name: 'lazy-fontkit',
  setup(b) {
    b.onResolve({ filter: /^fontkit$/ }, (args) =>
      /[\\/]pdfkit[\\/]/.test(args.importer) ? { path: 'fontkit-stand-in', namespace: 'lazy-fontkit' } : { errors: [{ text: 'import fontkit through src/fonts/fontkit.ts (loaded lazily)' }] },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-fontkit' }, () => ({
      contents: "const unused = () => { throw new Error('bulletin does not load fonts through pdfkit'); }; export const create = unused, openSync = unused, open = unused; export default { create, openSync, open };",
    }));
  },
};

// pdfkit imports AES at its top (its start-up computes the tables, ~6 ms) only to encrypt, which
// bulletin never asks of it: the bundle gets a stand-in.
const noEncryption = {
  name: 'no-encryption',
  setup(b) {
    b.onResolve({ filter: /^@noble\/ciphers\/aes(\.js)?$/ }, () => ({ path: 'aes-stand-in', namespace: 'no-encryption' }));
    b.onLoad({ filter: /.*/, namespace: 'no-encryption' }, () => ({
      contents: "const unused = () => { throw new Error('bulletin does not encrypt PDFs'); }; export const cbc = unused, ecb = unused;",
    }));
  },
};

// commander requires child_process at its top (about 3 ms with the modules it brings) for
// subcommands that are programs of their own, which bulletin has none of: the bundle gives it a
// stand-in that requires the real module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child-process-on-use', namespace: 'lazy-child-process' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

// zod exports every one of its 60-odd locales (as z.locales) for schemas' own error texts; bulletin
// words its messages itself (src/messages/), and zod uses English, which it imports on its own.
// The bundle keeps English only: a sixth of the engine's bytes, read and hashed at every start.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core|mini)$/.test(args.resolveDir) ? { path: path.join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'zod-english-only' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/** What the bundles of bulletin's own code share: the ES modules, the CommonJS entries and the engine. */
const bulletinBundle = {
  absWorkingDir: root,
  plugins: [noWoff2, lazyFontkit, noEncryption, lazyChildProcess, zodEnglishOnly],
  // pagefind finds its native binary in its platform package (@pagefind/linux-x64 …) from its own
  // module's place: bundled, it would look for it from dist/.
  external: ['pagefind'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  // BULLETIN_NO_MINIFY=1 keeps the names readable in `node --cpu-prof` profiles (bench/).
  minify: process.env.BULLETIN_NO_MINIFY !== '1',
  legalComments: 'none',
  logLevel: 'warning',
};

await esbuild.build({
  ...bulletinBundle,
  // dist/index.js is the library (package.json "exports"); dist/runCli.js answers --help and
  // --version for dist/cli.cjs (below) without the engine.
  entryPoints: { index: 'src/index.ts', runCli: 'src/cli/runCli.ts' },
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // Some dependencies are CommonJS and expect require/__dirname even inside the ESM bundle.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; import { dirname as __dn } from 'node:path'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url); const __dirname = __dn(__filename);",
  },
});

// dist/cli.cjs, the executable's (bin/bulletin.js), which loads the engine (below) for a command,
// and dist/worker.cjs, the entry of each worker thread of a parallel batch (src/batch/runJobs.ts):
// small, and CommonJS, so that a build never starts Node's ES-module loader (about 20 ms of a
// cold build: its own modules, then each file it loads).
const commonJs = {
  define: { 'import.meta.url': '__bulletin_module_url' },
  banner: { js: "const __bulletin_module_url = require('node:url').pathToFileURL(__filename).href;" },
};
await esbuild.build({
  ...bulletinBundle,
  ...commonJs,
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  external: [...bulletinBundle.external, './runCli.js'],
});

// schema/template.schema.json: the JSON Schema of template files, for editors.
await writeTemplateSchema(esbuild, root);

await esbuild.build({
  absWorkingDir: root,
  plugins: [noWoff2],
  entryPoints: { fontkit: 'node_modules/fontkit/dist/main.cjs' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: process.env.BULLETIN_NO_MINIFY !== '1',
  legalComments: 'none',
  logLevel: 'warning',
});

await writeFontTables(root, esbuild);
await writeBuiltinTemplates(root, esbuild);
writeFaceDigests(root);

// dist/engine.cjs: what the commands run, as one CommonJS script, which V8 can cache compiled
// (src/cli/loadEngine.ts); dist/engine.v8cache: that cache, made by building the reference issue.
await esbuild.build({
  ...bulletinBundle,
  entryPoints: { engine: 'src/engine.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  ...commonJs,
});
writeEngineCache(root);

// dist/types/index.d.ts and the declarations it imports, from src/ (tsconfig.types.json).
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.types.json'], { cwd: root, stdio: 'inherit' });
  writeBuildStamp(root);
}
