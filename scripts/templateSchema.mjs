// Writes schema/template.schema.json, the JSON Schema of template files, from the zod schema of
// src/template/schema.ts (one schema: the loader validates with it, editors check with this).
// Run by bundle.mjs, so the file ships with every build and package.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * @param {typeof import('esbuild')} esbuild
 * @param {string} root The repository root.
 */
export async function writeTemplateSchema(esbuild, root) {
  const cache = fileURLToPath(new URL('node_modules/.cache/bulletin-template-schema/', pathToFileURL(`${root}/`)));
  mkdirSync(cache, { recursive: true });
  const module = `${cache}jsonSchema.mjs`;
  await esbuild.build({ absWorkingDir: root, entryPoints: ['src/template/jsonSchema.ts'], outfile: module, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  const { templateJsonSchema } = await import(`${pathToFileURL(module).href}?${Date.now()}`);
  const out = fileURLToPath(new URL('schema/', pathToFileURL(`${root}/`)));
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}template.schema.json`, `${JSON.stringify(templateJsonSchema(), null, 2)}\n`);
  rmSync(cache, { recursive: true, force: true });
}
