import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Template } from './schema.js';

/**
 * dist/templates.json, written by the build (scripts/builtinTemplates.mjs): every built-in template
 * as loadTemplate.ts makes it (read, merged with what it extends, validated), logo paths relative
 * to the package, and a digest of the template files it was made from. Reading it is a JSON parse;
 * making a template is a YAML parse and a schema check, some 30 ms on a cold start.
 */
export interface BuiltinTemplateCache {
  readonly digest: string;
  readonly templates: Readonly<Record<string, Template>>;
}

const TEMPLATE_FILE = /^template\.(ya?ml|json)$/u;

/** The digest of the built-in templates' files (names and bytes) under `templatesDir`. */
export function builtinTemplatesDigest(templatesDir: string): string {
  const hash = createHash('sha256');
  for (const folder of readdirSync(templatesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const name of readdirSync(path.join(templatesDir, folder)).filter((n) => TEMPLATE_FILE.test(n)).sort()) {
      hash.update(`${folder}/${name}\0`).update(readFileSync(path.join(templatesDir, folder, name))).update('\0');
    }
  }
  return hash.digest('hex');
}

/** A template with its logos' paths made relative to the package (`root`), in `/` form, for the cache file. */
export function relativeLogos(template: Template, root: string): Template {
  const parts = template.masthead.parts.map((p) => (p.kind === 'logo' ? { ...p, src: path.relative(root, p.src).split(path.sep).join('/') } : p));
  return { ...template, masthead: { ...template.masthead, parts } };
}

// By package folder: null when the file is missing or was made from other template files.
const caches = new Map<string, BuiltinTemplateCache | null>();

/**
 * A built-in template from dist/templates.json, its logos' paths made absolute again; `undefined`
 * when there is no such file (the sources, not built) or its digest is not that of the template
 * files now (edited since the build), and the template must be made from its files.
 *
 * @param name A built-in template's name.
 * @param root The package's folder.
 */
export function cachedBuiltinTemplate(name: string, root: string): Template | undefined {
  let cache = caches.get(root);
  if (cache === undefined) {
    try {
      const read = JSON.parse(readFileSync(path.join(root, 'dist', 'templates.json'), 'utf8')) as BuiltinTemplateCache;
      cache = read.digest === builtinTemplatesDigest(path.join(root, 'templates')) ? read : null;
    } catch {
      cache = null;
    }
    caches.set(root, cache);
  }
  const template = cache?.templates[name];
  if (template === undefined) return undefined;
  const parts = template.masthead.parts.map((p) => (p.kind === 'logo' ? { ...p, src: path.join(root, ...p.src.split('/')) } : p));
  return { ...template, masthead: { ...template.masthead, parts } };
}
