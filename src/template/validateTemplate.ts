import type { z } from 'zod';
import { diagnostic, m, type Diagnostic, type MessageRef } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/didYouMean.js';
import { describeValue } from '../read/describeValue.js';
import { isMapping, valueAt, type MetaPath, type MetaSource } from '../read/metaSource.js';
import { BUILTIN_PLACEHOLDERS, placeholders, sectionsClosed } from './pattern.js';
import { PART_KINDS, templateKeys, templateSchema, type Template } from './schema.js';

/** One template file of an `extends` chain, as read. */
export interface TemplateLayer {
  readonly source: MetaSource;
  /** Absolute folder of the file: its pictures are found there. */
  readonly dir: string;
}

/**
 * The layers merged, later over earlier: mappings key by key, everything else (lists too) replaced.
 * `extends` is the loader's business and is left out.
 */
export function mergeTemplateData(layers: readonly TemplateLayer[]): Record<string, unknown> {
  let merged: Record<string, unknown> = {};
  for (const layer of layers) merged = mergeValue(merged, layer.source.data) as Record<string, unknown>;
  delete merged.extends;
  return merged;
}

function mergeValue(below: unknown, above: unknown): unknown {
  if (!isMapping(below) || !isMapping(above)) return structuredClone(above);
  const out: Record<string, unknown> = { ...below };
  for (const [key, value] of Object.entries(above)) out[key] = key in below ? mergeValue(below[key], value) : structuredClone(value);
  return out;
}

/**
 * Validates a template's merged layers against the schema and checks what the schema cannot see:
 * colours that exist, patterns over known fields, declared fields that clash with none. Every
 * problem points at the file, line and column of the layer that wrote the value.
 *
 * @param layers The `extends` chain, base first.
 * @returns The template when it is valid, and the diagnostics.
 */
export function validateTemplate(layers: readonly TemplateLayer[]): { template?: Template; diagnostics: Diagnostic[] } {
  const data = mergeTemplateData(layers);
  const place = (path: MetaPath, part: 'key' | 'value', rule: string): Parameters<typeof diagnostic>[0] => {
    const source = ownerOf(layers, path);
    return { file: source.file, ...source.locate(path, part), severity: 'error', rule };
  };
  const parsed = templateSchema.safeParse(data);
  if (!parsed.success) {
    const diagnostics: Diagnostic[] = [];
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) diagnostics.push(unknownField(layers, data, path, key));
        continue;
      }
      const key = path.join('.');
      if (seen.has(key)) continue;
      seen.add(key);
      const value = valueAt(data, path);
      if (value === undefined && issue.code === 'invalid_type') {
        diagnostics.push(diagnostic(place(path, 'key', 'template/missing-field'), m('template.missing-field', { field: key }), m('template.missing-field-hint')));
        continue;
      }
      diagnostics.push(diagnostic(place(path, 'value', 'template/invalid-value'), issueMessage(issue, key, value), issueHint(issue)));
    }
    return { diagnostics: sortByPlace(diagnostics) };
  }
  const template = parsed.data;
  const diagnostics = [...checkColours(template, place), ...checkPatterns(template, place)];
  return diagnostics.length > 0 ? { diagnostics: sortByPlace(diagnostics) } : { template, diagnostics };
}

type Place = (path: MetaPath, part: 'key' | 'value', rule: string) => Parameters<typeof diagnostic>[0];

/** The top layer that writes the value at `path`, else the top layer (the user's own file). */
function ownerOf(layers: readonly TemplateLayer[], path: MetaPath): MetaSource {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    if (layer && valueAt(layer.source.data, path) !== undefined) return layer.source;
  }
  const top = layers.at(-1);
  if (!top) throw new Error('validateTemplate: no layers');
  return top.source;
}

function unknownField(layers: readonly TemplateLayer[], data: unknown, parent: MetaPath, key: string): Diagnostic {
  const source = ownerOf(layers, [...parent, key]);
  const known = templateKeys(parent, data).filter((k) => k !== '$schema');
  const suggestion = didYouMean(key, known);
  const field = [...parent, key].join('.');
  return diagnostic(
    { file: source.file, ...source.locate([...parent, key], 'key'), severity: 'error', rule: 'template/unknown-field' },
    m('template.unknown-field', { field }),
    suggestion === undefined ? m('template.known-fields-hint', { parent: parent.join('.'), known: known.join(', ') }) : m('template.did-you-mean', { suggestion }),
  );
}

function issueMessage(issue: z.core.$ZodIssue, field: string, value: unknown): MessageRef {
  const found = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return m('template.not-whole', { field, found });
      return m('template.wrong-type', { field, expected: issue.expected === 'tuple' ? 'array' : issue.expected, found });
    case 'invalid_value':
      return m('template.one-of', { field, options: issue.values.map(String).join(', '), found });
    case 'invalid_union': {
      // A masthead part of no known kind: zod names the discriminator in a note.
      if (field.endsWith('.kind')) return m('template.one-of', { field, options: PART_KINDS.join(', '), found });
      if (isMapping(value)) return m('template.one-of', { field: `${field}.kind`, options: PART_KINDS.join(', '), found: describeValue(value.kind) });
      return m('template.invalid', { field, found });
    }
    case 'too_small':
      return m('template.too-small', { field, limit: String(issue.minimum), found });
    case 'too_big':
      return m('template.too-big', { field, limit: String(issue.maximum), found });
    case 'invalid_format':
    case 'invalid_key':
      return m('template.bad-format', { field, found });
    default:
      return m('template.invalid', { field, found });
  }
}

function issueHint(issue: z.core.$ZodIssue): MessageRef {
  return issue.code === 'invalid_format' || issue.code === 'invalid_key' ? m('template.bad-format-hint') : m('template.schema-hint');
}

/** Every `colour` of the template names one of its `colours`, and `black` is among them. */
function checkColours(template: Template, place: Place): Diagnostic[] {
  const known = Object.keys(template.colours);
  const found: Diagnostic[] = [];
  if (!known.includes('black')) found.push(diagnostic(place(['colours'], 'key', 'template/unknown-colour'), m('template.no-black'), m('template.no-black-hint')));
  const visit = (value: unknown, path: MetaPath): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (isMapping(value)) {
      for (const [key, v] of Object.entries(value)) {
        if (path.length === 0 && key === 'colours') continue;
        if ((key === 'colour' || key === 'ruleColour') && typeof v === 'string' && !known.includes(v)) {
          found.push(diagnostic(place([...path, key], 'value', 'template/unknown-colour'), m('template.unknown-colour', { field: [...path, key].join('.'), name: v, known: known.join(', ') }), m('template.unknown-colour-hint')));
        } else visit(v, [...path, key]);
      }
    }
  };
  visit(template, []);
  return found;
}

/** The patterns of the masthead, the colophon and the page number use fields that exist and close their sections. */
function checkPatterns(template: Template, place: Place): Diagnostic[] {
  const fields = [...BUILTIN_PLACEHOLDERS, ...Object.keys(template.fields ?? {})];
  const patterns: { path: MetaPath; text: string; known: readonly string[] }[] = [];
  template.masthead.parts.forEach((part, i) => {
    const at = ['masthead', 'parts', i];
    if (part.kind === 'title' && part.text !== undefined) patterns.push({ path: [...at, 'text'], text: part.text, known: fields });
    if (part.kind === 'text') patterns.push({ path: [...at, 'text'], text: part.text, known: fields });
    if (part.kind === 'issueLine') patterns.push({ path: [...at, 'pattern'], text: part.pattern, known: fields });
    if (part.kind === 'date' && part.format !== undefined) patterns.push({ path: [...at, 'format'], text: part.format, known: fields });
  });
  (template.colophon.lines ?? []).forEach((line, i) => {
    patterns.push({ path: ['colophon', 'lines', i, 'left'], text: line.left, known: fields });
    if (line.right !== undefined) patterns.push({ path: ['colophon', 'lines', i, 'right'], text: line.right, known: fields });
  });
  if (template.pageNumber.format !== undefined) patterns.push({ path: ['pageNumber', 'format'], text: template.pageNumber.format, known: ['n'] });
  const found: Diagnostic[] = [];
  for (const p of patterns) {
    const field = p.path.join('.');
    if (!sectionsClosed(p.text)) {
      found.push(diagnostic(place(p.path, 'value', 'template/pattern'), m('template.unclosed-section', { field }), m('template.unclosed-section-hint')));
      continue;
    }
    const unknown = placeholders(p.text).find((name) => !p.known.includes(name));
    if (unknown !== undefined) {
      found.push(diagnostic(place(p.path, 'value', 'template/pattern'), m('template.unknown-placeholder', { field, name: unknown, known: p.known.join(', ') }), m('template.unknown-placeholder-hint')));
    }
  }
  return found;
}

function sortByPlace(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}


