// dist/templates.json: the built-in templates made once here (read, merged, validated) so that a
// build takes them from JSON (src/template/builtinTemplateCache.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Writes `${root}dist/templates.json`; `esbuild` is the build's own esbuild module. */
export async function writeBuiltinTemplates(root, esbuild) {
  const work = mkdtempSync(join(os.tmpdir(), 'bulletin-templates-'));
  try {
    const entry = join(work, 'entry.ts');
    writeFileSync(
      entry,
      `export { builtinTemplateNames, madeBuiltinTemplate } from ${JSON.stringify(join(root, 'src/template/loadTemplate.ts'))};\n` +
        `export { builtinTemplatesDigest, relativeLogos } from ${JSON.stringify(join(root, 'src/template/builtinTemplateCache.ts'))};\n`,
    );
    const outfile = join(work, 'templates.mjs');
    await esbuild.build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      absWorkingDir: root,
      nodePaths: [join(root, 'node_modules')],
      // The package's root is found from the module's place: here, the root itself.
      // yaml is CommonJS and requires node's modules.
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'scripts', 'builtinTemplates.mjs')).href) },
    });
    const made = await import(pathToFileURL(outfile).href);
    const templates = {};
    for (const name of made.builtinTemplateNames()) templates[name] = made.relativeLogos(made.madeBuiltinTemplate(name), root);
    writeFileSync(join(root, 'dist', 'templates.json'), `${JSON.stringify({ digest: made.builtinTemplatesDigest(join(root, 'templates')), templates })}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
