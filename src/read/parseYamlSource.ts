import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import { diagnostic, m, type Diagnostic, type DiagnosticPlace } from '../diagnostics/diagnostic.js';
import type { SourcePoint } from '../model/source.js';
import { fullWidthColons } from './fullWidthColons.js';
import { knownKeys } from './metaSchema.js';
import type { MetaPath, MetaSource } from './metaSource.js';
import { floodedBracketOffset, MAX_YAML_ALIASES, MAX_YAML_DEPTH, yamlLimitProblems, type YamlLimitProblem } from './yamlLimits.js';

/** Where a YAML text sits in its file. */
export interface YamlLocation {
  /** The file messages point at. */
  readonly file: string;
  /** How messages name this source, e.g. `front matter`. */
  readonly label: string;
  /** The file line of the YAML's first line: 2 for front matter after `---`, 1 for bulletin.yaml. */
  readonly firstLine: number;
}

/** The outcome of {@link parseYamlSource}. */
export interface ParsedYaml {
  /** The layer, or `undefined` when the YAML is broken (its errors are in `diagnostics`). */
  readonly source?: MetaSource;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Parse YAML metadata, keeping node ranges so later messages can point at file:line:col.
 *
 * The core schema (YAML 1.2) is used so `2014-10-17` stays a string and `off` is not a boolean.
 * What a clerk gets wrong (a full-width colon, a tab as indentation) is named as such; aliases are
 * resolved at most {@link MAX_YAML_ALIASES} times and nesting is bounded ({@link MAX_YAML_DEPTH}),
 * so a hostile text is an error at its line, never a crash.
 *
 * @param text The YAML text.
 * @param where The file, its label in messages and the line the text starts on.
 * @returns The layer and any syntax errors (rule `front-matter/yaml-syntax` and the clerk rules)
 *   or warnings.
 */
export function parseYamlSource(text: string, where: YamlLocation): ParsedYaml {
  const lineCounter = new LineCounter();
  const pointAt = (offset: number): SourcePoint => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + where.firstLine - 1, column: col };
  };
  const at: PlaceAt = (offset, rule, severity = 'error') => ({ file: where.file, ...pointAt(offset), severity, rule });
  const flooded = floodedBracketOffset(text);
  if (flooded !== undefined) {
    // Refused before yaml sees it, so the line starts yaml would have counted are counted here.
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i !== -1 && i < flooded; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    return { diagnostics: [limitDiagnostic({ kind: 'too-deep', offset: flooded }, where.label, at)] };
  }
  const doc = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: false });
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line;
  const diagnostics = syntaxDiagnostics(doc, text, where.label, at, lineOf);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: sortByPlace(diagnostics) };
  const limits = yamlLimitProblems(doc).map((p) => limitDiagnostic(p, where.label, at));
  if (limits.length > 0) return { diagnostics: [...diagnostics, ...limits] };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // yaml throws a ReferenceError when aliases of aliases multiply past the cap (an alias bomb).
    if (!(error instanceof ReferenceError)) throw error;
    const bomb: YamlLimitProblem = { kind: 'too-many-aliases', offset: firstAliasOffset(doc) ?? 0 };
    return { diagnostics: [...diagnostics, limitDiagnostic(bomb, where.label, at)] };
  }

  const start = pointAt(0);
  const source: MetaSource = {
    file: where.file,
    label: where.label,
    data: data ?? {},
    locate(path, part) {
      const found = walk(doc.contents, path, part);
      return found === undefined ? start : pointAt(found);
    },
    sourceText(path) {
      const node = nodeAt(doc.contents, path);
      return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    },
  };
  return { source, diagnostics };
}

/** The place of a diagnostic at an offset of the YAML text. */
type PlaceAt = (offset: number, rule: string, severity?: 'error' | 'warning') => DiagnosticPlace;

/**
 * YAML's errors and warnings, with what a clerk gets wrong named as such: a tab as indentation,
 * and `issue：5`, which is a syntax error (or, alone, a string) to YAML. A line that YAML read
 * happily is called a full-width colon only when its key is a field, since `：` may sit in a value.
 */
function syntaxDiagnostics(doc: Document, text: string, label: string, at: PlaceAt, lineOf: (offset: number) => number): Diagnostic[] {
  const errorLines = new Set(doc.errors.map((e) => lineOf(e.pos[0])));
  const colons = fullWidthColons(text).filter((c) => allFieldNames.has(c.key) || errorLines.has(lineOf(c.offset)));
  const colonLines = new Set(colons.map((c) => lineOf(c.offset)));
  const problem = (error: YAMLError, severity: 'error' | 'warning'): Diagnostic => {
    const offset = error.pos[0];
    if (error.code === 'TAB_AS_INDENT') return diagnostic(at(offset, 'front-matter/tab-indent'), m('encoding.tab-indent', { label }), m('encoding.tab-indent-hint'));
    if (isStackOverflow(error)) return limitDiagnostic({ kind: 'too-deep', offset }, label, at);
    return diagnostic(
      at(offset, 'front-matter/yaml-syntax', severity),
      m('read.yaml-syntax', { label, detail: lowerFirst(error.message), code: error.code }),
      m('read.yaml-syntax-hint'),
    );
  };
  return [
    ...colons.map((c) =>
      diagnostic(at(c.offset, 'front-matter/full-width-colon'), m('encoding.full-width-colon', { key: c.key }), m('encoding.full-width-colon-hint', { key: c.key, value: c.value })),
    ),
    // A stack overflow is reported at every level it unwinds through: once is enough.
    ...doc.errors
      .filter((e, i, all) => !colonLines.has(lineOf(e.pos[0])) && (!isStackOverflow(e) || all.findIndex(isStackOverflow) === i))
      .map((e) => problem(e, 'error')),
    ...doc.warnings.map((e) => problem(e, 'warning')),
  ];
}

/**
 * Nesting too deep for the parser's stack: yaml says RESOURCE_EXHAUSTION, or, when the stack runs
 * out while it resolves a tag, TAG_RESOLVE_FAILED with the engine's RangeError message. Which one
 * depends on how much stack the parser's frames take, which changes as the engine optimises them.
 */
function isStackOverflow(error: YAMLError): boolean {
  return error.code === 'RESOURCE_EXHAUSTION' || (error.code === 'TAG_RESOLVE_FAILED' && /call stack/iu.test(error.message));
}

function limitDiagnostic(p: YamlLimitProblem, label: string, at: PlaceAt): Diagnostic {
  const place = at(p.offset, p.kind === 'too-deep' ? 'front-matter/yaml-too-deep' : 'front-matter/yaml-alias');
  const name = p.name ?? '';
  switch (p.kind) {
    case 'too-deep':
      return diagnostic(place, m('encoding.yaml-too-deep', { label, limit: MAX_YAML_DEPTH }), m('encoding.yaml-too-deep-hint'));
    case 'undefined-alias':
      return diagnostic(place, m('encoding.yaml-undefined-alias', { label, name }), m('encoding.yaml-undefined-alias-hint'));
    case 'recursive-alias':
      return diagnostic(place, m('encoding.yaml-recursive-alias', { label, name }), m('encoding.yaml-recursive-alias-hint'));
    case 'too-many-aliases':
      return diagnostic(place, m('encoding.yaml-alias-bomb', { label, limit: MAX_YAML_ALIASES }), m('encoding.yaml-alias-bomb-hint', { limit: MAX_YAML_ALIASES }));
  }
}

/** Every field name of every level: a key followed by `：` is a field written with the wrong colon. */
const allFieldNames = new Set(Object.values(knownKeys).flat());

function firstAliasOffset(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node.range?.[0];
      return visit.BREAK;
    },
  });
  return found;
}

function sortByPlace(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Offset of the key or value at `path`, or of its deepest existing ancestor. */
function walk(root: unknown, path: MetaPath, part: 'key' | 'value'): number | undefined {
  let node: unknown = root;
  let best = rangeStart(root);
  for (const [i, segment] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (pair === undefined) return best;
      const keyStart = rangeStart(pair.key);
      if (last && part === 'key') return keyStart ?? best;
      best = keyStart ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return best;
    }
    // An empty value (`title:`) is a zero-width node after the colon; the key is a better place.
    best = rangeStart(node) ?? best;
  }
  return best;
}

function nodeAt(root: unknown, path: MetaPath): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (isMap(node)) {
      node = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment))?.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return undefined;
    }
  }
  return node;
}

function rangeStart(node: unknown): number | undefined {
  if (node === null || typeof node !== 'object' || !('range' in node)) return undefined;
  const range = (node as YamlNode).range;
  if (range === undefined || range === null || range[0] === range[1]) return undefined;
  return range[0];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
