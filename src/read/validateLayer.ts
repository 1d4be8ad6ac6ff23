import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/didYouMean.js';
import { acceptClerkValues } from './clerkValues.js';
import { describeValue } from './describeValue.js';
import { isMapping, setAt, valueAt, type MetaPath, type MetaSource } from './metaSource.js';
import { digitFields, fieldDescriptions, knownKeys, metaLayerSchema, type MetaLayer } from './metaSchema.js';

/** The outcome of {@link validateLayer}. */
export interface ValidatedLayer {
  /** The valid fields; invalid and unknown ones are left out. */
  readonly layer: MetaLayer;
  /** Dotted paths of fields that were present but invalid, so nobody also calls them missing. */
  readonly invalid: ReadonlySet<string>;
  /** Errors, in source order. */
  readonly diagnostics: readonly Diagnostic[];
  /** Values of the fields the template declares, as text. */
  readonly fields: Readonly<Record<string, string>>;
}

/** Fields a template declares, or `any` to let every unknown field pass (the template could not be read). */
export type ExtraFields = readonly string[] | 'any';

/**
 * Validate one metadata layer against docs/layout.md A.5, keeping what is valid.
 *
 * Every message names the field, what it must be and what was found, and points at the value
 * (or, for an unknown field, at its key, with a "did you mean" hint).
 *
 * @param source The layer as read, with its positions.
 * Values a clerk writes with full-width digits or as a Chinese date are read as meant, with a
 * warning ({@link acceptClerkValues}).
 *
 * @returns The valid part of the layer, the invalid field paths and the errors and warnings.
 */
export function validateLayer(source: MetaSource, extra: ExtraFields = []): ValidatedLayer {
  if (!isMapping(source.data)) {
    const at = source.locate([], 'value');
    const problem = diagnostic(
      { file: source.file, ...at, severity: 'error', rule: 'front-matter/not-a-mapping' },
      m('read.not-a-mapping', { label: source.label, found: describeValue(source.data) }),
      m('read.not-a-mapping-hint'),
    );
    return { layer: {}, invalid: new Set(), diagnostics: [problem], fields: {} };
  }

  const data = withDigitsAsWritten(source, source.data);
  const declared = takeDeclaredFields(source, data, extra);
  const accepted = [...declared.diagnostics, ...acceptClerkValues(source, data)];
  const first = metaLayerSchema.safeParse(data);
  if (first.success) return { layer: first.data, invalid: declared.invalid, diagnostics: accepted, fields: declared.fields };

  const diagnostics: Diagnostic[] = [...accepted];
  const invalid = new Set<string>(declared.invalid);
  const seen = new Set<string>();
  for (const issue of first.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        diagnostics.push(unknownField(source, path, key));
        remove(data, [...path, key]);
      }
      continue;
    }
    const field = fieldPath(path);
    const key = `${field.join('.')}#${String(path[field.length] ?? '')}`;
    if (seen.has(key)) continue; // zod may report one value twice (a union, a refinement).
    seen.add(key);
    invalid.add(field.join('.'));
    diagnostics.push(invalidValue(source, field, path));
    remove(data, field);
  }

  // What is left is valid by construction; a failure here would be a bug in the pruning above.
  const second = metaLayerSchema.safeParse(data);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { layer: second.success ? second.data : {}, invalid, diagnostics, fields: declared.fields };
}

/**
 * Takes the fields the template declares out of the layer (they are not the schema's): text or
 * numbers, kept as text (`number: 0042` keeps its zeros as written).
 */
function takeDeclaredFields(source: MetaSource, data: Record<string, unknown>, extra: ExtraFields): { fields: Record<string, string>; invalid: Set<string>; diagnostics: Diagnostic[] } {
  const builtin = knownKeys[''] ?? [];
  const fields: Record<string, string> = {};
  const invalid = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (builtin.includes(key) || (extra !== 'any' && !extra.includes(key))) continue;
    delete data[key];
    if (typeof value === 'string' || typeof value === 'number') {
      fields[key] = typeof value === 'number' ? (source.sourceText([key]) ?? String(value)) : value;
      continue;
    }
    invalid.add(key);
    const place = { file: source.file, ...source.locate([key], 'value'), severity: 'error', rule: 'front-matter/invalid-value' } as const;
    diagnostics.push(diagnostic(place, m('template.field-value', { field: key, found: describeValue(value) }), m('template.field-value-hint', { field: key })));
  }
  return { fields, invalid, diagnostics };
}

function unknownField(source: MetaSource, parent: MetaPath, key: string): Diagnostic {
  const known = knownKeys[parent.join('.')] ?? [];
  const suggestion = didYouMean(key, known);
  const name = [...parent, key].join('.');
  return diagnostic(
    { file: source.file, ...source.locate([...parent, key], 'key'), severity: 'error', rule: 'front-matter/unknown-field' },
    m('read.unknown-field', { label: source.label, field: name }),
    suggestion === undefined
      ? m('read.known-fields-hint', { parent: parent.join('.'), known: known.join(', ') })
      : m('read.did-you-mean', { suggestion }),
  );
}

function invalidValue(source: MetaSource, field: MetaPath, path: MetaPath): Diagnostic {
  const name = field.join('.');
  const description = fieldDescriptions[name];
  const index = path[field.length];
  const found = describeValue(valueAt(source.data, path));
  const message =
    typeof index === 'number' && description?.list === true
      ? m('read.invalid-item', { label: source.label, field: name, item: index + 1, found })
      : m('read.invalid-value', { label: source.label, field: name, found });
  const place = { file: source.file, ...source.locate(path, 'value'), severity: 'error', rule: 'front-matter/invalid-value' } as const;
  return diagnostic(place, message, description === undefined ? undefined : m('read.example-hint', { example: description.example }));
}

/** The field a zod issue path is about: its leading keys, without list indexes. */
function fieldPath(path: MetaPath): MetaPath {
  const end = path.findIndex((p) => typeof p === 'number');
  return end === -1 ? path : path.slice(0, end);
}

/** A deep copy in which unquoted numeric postcodes and phones keep their digits as written. */
function withDigitsAsWritten(source: MetaSource, data: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(data);
  for (const dotted of digitFields) {
    const path = dotted.split('.');
    if (typeof valueAt(copy, path) !== 'number') continue;
    const written = source.sourceText(path);
    if (written !== undefined) setAt(copy, path, written);
  }
  return copy;
}



function remove(data: Record<string, unknown>, path: MetaPath): void {
  const parent = valueAt(data, path.slice(0, -1));
  const last = path[path.length - 1];
  if (isMapping(parent) && last !== undefined) delete parent[String(last)];
}

