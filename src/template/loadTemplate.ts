import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import { packageRoot } from '../packageRoot.js';
import { isMapping, type MetaSource } from '../read/metaSource.js';
import { parseYamlSource } from '../read/parseYamlSource.js';
import { probeImage } from '../read/probeImage.js';
import { readTextFile } from '../read/readTextFile.js';
import type { Template } from './schema.js';
import { cachedBuiltinTemplate } from './builtinTemplateCache.js';
import { validateTemplate, type TemplateLayer } from './validateTemplate.js';

/** A template found, read, merged with what it extends and validated. */
export interface LoadedTemplate {
  /** As the issue or bulletin.yaml named it (`jinqiao`, `./our-template`). */
  readonly name: string;
  /** The template; its logos' `src` are absolute paths. */
  readonly template: Template;
  /** Whether it is one of bulletin's own templates (its files are covered by bulletin's version). */
  readonly builtin: boolean;
  /** Absolute paths of the template files read (its own first, then those it extends) and its pictures. */
  readonly files: readonly string[];
}

/** Where a template is named: messages about finding it point there. */
export interface TemplatePlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** How many templates deep `extends` may go: a chain longer than this is a mistake. */
export const MAX_EXTENDS = 8;

const FILE_NAMES = ['template.yaml', 'template.yml', 'template.json'];

function builtinDir(): string {
  return path.join(packageRoot(), 'templates');
}

/** The names of bulletin's built-in templates (folders of templates/ with a template file). */
export function builtinTemplateNames(): string[] {
  return readdirSync(builtinDir(), { withFileTypes: true })
    .filter((e) => e.isDirectory() && templateFileIn(path.join(builtinDir(), e.name)) !== undefined)
    .map((e) => e.name)
    .sort();
}

function templateFileIn(dir: string): string | undefined {
  for (const name of FILE_NAMES) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

function isBuiltinName(ref: string): boolean {
  return /^[a-z0-9][a-z0-9_-]*$/u.test(ref) && templateFileIn(path.join(builtinDir(), ref)) !== undefined;
}

/**
 * The template file a reference means: a built-in name, or a folder (or a template file) relative
 * to `baseDir`, or a folder of `templates/` there. A built-in name wins: write a folder of the
 * same name as a path (`./jinqiao`).
 */
export function locateTemplate(ref: string, baseDir: string): { file: string; builtin: boolean } | undefined {
  if (isBuiltinName(ref)) {
    const file = templateFileIn(path.join(builtinDir(), ref));
    if (file) return { file, builtin: true };
  }
  // A plain name may also mean a folder of templates/ beside the file (where `bulletin template new` puts one).
  const targets = [path.resolve(baseDir, ref), ...(/^[^/\\.][^/\\]*$/u.test(ref) ? [path.resolve(baseDir, 'templates', ref)] : [])];
  for (const target of targets) {
    try {
      const stat = statSync(target);
      if (stat.isFile() && /\.(ya?ml|json)$/iu.test(target)) return { file: target, builtin: false };
      if (stat.isDirectory()) {
        const file = templateFileIn(target);
        if (file) return { file, builtin: false };
      }
    } catch {
      // Not there: try the next place.
    }
  }
  return undefined;
}

/**
 * Finds, reads and validates a template and the templates it extends. Never throws for a bad
 * template: every problem is a diagnostic at its file, line and column, or at the place that
 * named the template when it cannot be found.
 *
 * @param ref The template as named (`jinqiao`, `./our-template`).
 * @param namedAt Where it was named; folders are relative to that file's folder.
 */
export async function loadTemplate(ref: string, namedAt: TemplatePlace): Promise<{ loaded?: LoadedTemplate; diagnostics: Diagnostic[] }> {
  // A built-in template is read once per process: a batch of a thousand issues names it a thousand times.
  if (isBuiltinName(ref)) {
    const file = templateFileIn(path.join(builtinDir(), ref));
    if (file) return { loaded: { name: ref, template: builtinTemplate(ref), builtin: true, files: [file] }, diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [];
  const layers: TemplateLayer[] = [];
  const files: string[] = [];
  let builtin = true;
  let next: { ref: string; at: TemplatePlace } | undefined = { ref, at: namedAt };
  while (next !== undefined) {
    const { ref: name, at } = next;
    next = undefined;
    const where = { file: at.file, line: at.line, column: at.column, severity: 'error' } as const;
    if (layers.length >= MAX_EXTENDS) {
      diagnostics.push(diagnostic({ ...where, rule: 'template/extends' }, m('template.extends-too-deep', { limit: MAX_EXTENDS }), m('template.extends-too-deep-hint')));
      return { diagnostics };
    }
    const found = locateTemplate(name, path.dirname(at.file));
    if (found === undefined) {
      diagnostics.push(diagnostic({ ...where, rule: 'template/not-found' }, m('template.not-found', { name }), m('template.not-found-hint', { builtins: builtinTemplateNames().join(', ') })));
      return { diagnostics };
    }
    if (files.includes(found.file)) {
      diagnostics.push(diagnostic({ ...where, rule: 'template/extends' }, m('template.extends-cycle', { name }), m('template.extends-cycle-hint')));
      return { diagnostics };
    }
    builtin &&= found.builtin;
    files.push(found.file);
    const read = await readTextFile(found.file, 'template');
    diagnostics.push(...read.diagnostics);
    if (read.text === undefined) return { diagnostics };
    const source = parseSource(read.text, found.file, diagnostics);
    if (source === undefined) return { diagnostics };
    layers.unshift({ source, dir: path.dirname(found.file) });
    const parent = isMapping(source.data) ? source.data.extends : undefined;
    if (typeof parent === 'string' && parent !== '') next = { ref: parent, at: { file: found.file, ...source.locate(['extends'], 'value') } };
  }
  const validated = validateTemplate(layers);
  // Pictures are checked even when other fields are wrong, so one run reports every problem.
  const logos = await checkLogos(layers);
  diagnostics.push(...validated.diagnostics, ...logos.diagnostics);
  if (validated.template === undefined || logos.diagnostics.length > 0) return { diagnostics };
  const parts = validated.template.masthead.parts.map((p, i) => (p.kind === 'logo' ? { ...p, src: logos.paths.get(i) ?? p.src } : p));
  const template = { ...validated.template, masthead: { ...validated.template.masthead, parts } };
  return { loaded: { name: ref, template, builtin, files: [...files, ...logos.paths.values()] }, diagnostics };
}

function parseSource(text: string, file: string, diagnostics: Diagnostic[]): MetaSource | undefined {
  const parsed = parseYamlSource(text, { file, label: 'template', firstLine: 1 });
  diagnostics.push(...parsed.diagnostics);
  if (parsed.source === undefined || parsed.diagnostics.some((d) => d.severity === 'error')) return undefined;
  if (!isMapping(parsed.source.data)) {
    diagnostics.push(
      diagnostic({ file, line: 1, column: 1, severity: 'error', rule: 'template/not-a-mapping' }, m('read.not-a-mapping', { label: 'template', found: 'a single value' }), m('template.schema-hint')),
    );
    return undefined;
  }
  return parsed.source;
}

/** The layer that wrote the masthead's parts: their pictures lie in its folder. */
function partsLayer(layers: readonly TemplateLayer[]): TemplateLayer | undefined {
  return [...layers].reverse().find((l) => isMapping(l.source.data) && isMapping(l.source.data.masthead) && l.source.data.masthead.parts !== undefined);
}

/**
 * Every logo must be a sound JPEG or PNG inside its template's folder, checked like an issue's
 * pictures. Read from the layer that wrote the masthead's parts, valid or not.
 *
 * @returns The absolute path of each logo, by its index among the parts, and the problems.
 */
async function checkLogos(layers: readonly TemplateLayer[]): Promise<{ paths: Map<number, string>; diagnostics: Diagnostic[] }> {
  const owner = partsLayer(layers);
  const data = owner?.source.data;
  const parts = isMapping(data) && isMapping(data.masthead) && Array.isArray(data.masthead.parts) ? (data.masthead.parts as unknown[]) : [];
  const diagnostics: Diagnostic[] = [];
  const paths = new Map<number, string>();
  if (owner === undefined) return { paths, diagnostics };
  for (const [i, part] of parts.entries()) {
    if (!isMapping(part) || part.kind !== 'logo' || typeof part.src !== 'string' || part.src === '') continue;
    const probe = await probeImage(part.src, { folder: owner.dir, allowOutside: false });
    if (probe.kind === 'problem') {
      const at = owner.source.locate(['masthead', 'parts', i, 'src'], 'value');
      // The issue's hint would say pictures are found beside the issue: a logo is found beside its template.
      const hint = probe.rule === 'image/missing' || probe.rule === 'image/outside' ? m('template.logo-hint') : probe.hint;
      diagnostics.push(diagnostic({ file: owner.source.file, ...at, severity: 'error', rule: 'template/logo' }, probe.message, hint));
    } else paths.set(i, probe.src);
  }
  return { paths, diagnostics };
}

const builtins = new Map<string, Template>();

/**
 * A built-in template, kept once made (they are part of bulletin, so they are valid; an invalid
 * one is a bug). Taken from dist/templates.json when the build made it from the files there now,
 * else made from its files. Their pictures are taken as they are: tests check them.
 *
 * @param name A built-in template's name.
 */
export function builtinTemplate(name: string): Template {
  let template = builtins.get(name);
  if (!template) {
    template = cachedBuiltinTemplate(name, packageRoot()) ?? madeBuiltinTemplate(name);
    builtins.set(name, template);
  }
  return template;
}

/** A built-in template made from its files, read synchronously (what the build writes to dist/templates.json). */
export function madeBuiltinTemplate(name: string): Template {
  const layers: TemplateLayer[] = [];
  let ref: string | undefined = name;
  while (ref !== undefined) {
    const found = isBuiltinName(ref) ? templateFileIn(path.join(builtinDir(), ref)) : undefined;
    if (found === undefined || layers.length >= MAX_EXTENDS) throw new Error(`unknown template ${ref}`);
    const diagnostics: Diagnostic[] = [];
    const source = parseSource(readFileSync(found, 'utf8'), found, diagnostics);
    if (source === undefined) throw new Error(`built-in template ${ref}: ${diagnostics.map((d) => d.message).join('; ')}`);
    layers.unshift({ source, dir: path.dirname(found) });
    const parent = isMapping(source.data) ? source.data.extends : undefined;
    ref = typeof parent === 'string' ? parent : undefined;
  }
  const validated = validateTemplate(layers);
  if (validated.template === undefined) throw new Error(`built-in template ${name}: ${validated.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
  const dir = partsLayer(layers)?.dir ?? builtinDir();
  const parts = validated.template.masthead.parts.map((p) => (p.kind === 'logo' ? { ...p, src: path.resolve(dir, p.src) } : p));
  return { ...validated.template, masthead: { ...validated.template.masthead, parts } };
}

