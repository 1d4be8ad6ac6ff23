import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLError } from 'yaml';
import { diagnostic, m, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourcePoint } from '../model/source.js';
import type { MetaPath, MetaSource } from './metaSource.js';

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
 *
 * @param text The YAML text.
 * @param where The file, its label in messages and the line the text starts on.
 * @returns The layer and any syntax errors (rule `front-matter/yaml-syntax`) or warnings.
 */
export function parseYamlSource(text: string, where: YamlLocation): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: false });
  const pointAt = (offset: number): SourcePoint => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + where.firstLine - 1, column: col };
  };
  const problem = (error: YAMLError, severity: 'error' | 'warning'): Diagnostic =>
    diagnostic(
      { file: where.file, ...pointAt(error.pos[0]), severity, rule: 'front-matter/yaml-syntax' },
      m('read.yaml-syntax', { label: where.label, detail: lowerFirst(error.message), code: error.code }),
      m('read.yaml-syntax-hint'),
    );
  const diagnostics = [
    ...doc.errors.map((e) => problem(e, 'error')),
    ...doc.warnings.map((e) => problem(e, 'warning')),
  ];
  if (doc.errors.length > 0) return { diagnostics };

  const start = pointAt(0);
  const source: MetaSource = {
    file: where.file,
    label: where.label,
    data: doc.toJS() ?? {},
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
