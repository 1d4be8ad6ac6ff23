import { isAlias, isCollection, isPair, type Alias, type Document, type Node as YamlNode } from 'yaml';

/** Deepest nesting of mappings and lists accepted in metadata: fields are at most three deep. */
export const MAX_YAML_DEPTH = 20;

/** Most aliases (`*name`) resolved in one YAML text, as yaml's `maxAliasCount` counts them. */
export const MAX_YAML_ALIASES = 100;

/**
 * Open brackets past which a text is refused before yaml parses it: yaml's parser recurses once
 * per flow level, and a few thousand levels exhaust the stack (where depends on the caller's own
 * depth). No bracket count a person writes comes near it, quoted or not.
 */
const MAX_OPEN_BRACKETS = 1000;

/**
 * The offset of the flow bracket that opens level {@link MAX_YAML_DEPTH} + 1 when brackets nest
 * past {@link MAX_OPEN_BRACKETS} (counted without parsing: quotes and comments are ignored, which
 * can only overcount a text no one writes), else undefined.
 */
export function floodedBracketOffset(text: string): number | undefined {
  let depth = 0;
  let tooDeepAt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth === MAX_YAML_DEPTH + 1) tooDeepAt = i;
      if (depth > MAX_OPEN_BRACKETS) return tooDeepAt;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

/** A YAML node that breaks a limit, and which limit. */
export interface YamlLimitProblem {
  readonly kind: 'too-deep' | 'undefined-alias' | 'recursive-alias' | 'too-many-aliases';
  /** Offset of the node in the text. */
  readonly offset: number;
  /** The alias's name, for alias problems. */
  readonly name?: string;
}

/**
 * Problems that would make converting a YAML document to data crash or explode: nesting deeper
 * than {@link MAX_YAML_DEPTH}, an alias with no anchor before it, an alias inside the node it
 * names (a cycle), more than {@link MAX_YAML_ALIASES} aliases.
 *
 * @param doc A document parsed without errors.
 * @returns The problems, in document order; the first depth problem stops the search.
 */
export function yamlLimitProblems(doc: Document): YamlLimitProblem[] {
  // Depth first, without recursion: nothing below may recurse deeper than the limit.
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() ?? { node: undefined, depth: 0 };
    if (isCollection(node)) {
      if (depth >= MAX_YAML_DEPTH) return [{ kind: 'too-deep', offset: offsetOf(node) }];
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    } else if (isPair(node)) {
      stack.push({ node: node.key, depth }, { node: node.value, depth });
    }
  }

  const problems: YamlLimitProblem[] = [];
  const anchors = new Map<string, YamlNode>();
  const open = new Set<YamlNode>();
  let aliases = 0;
  const visit = (node: unknown): void => {
    if (isAlias(node)) {
      aliases++;
      const target = anchors.get(node.source);
      if (target === undefined) problems.push(aliasProblem('undefined-alias', node));
      else if (open.has(target)) problems.push(aliasProblem('recursive-alias', node));
      else if (aliases === MAX_YAML_ALIASES + 1) problems.push(aliasProblem('too-many-aliases', node));
      return;
    }
    if (isPair(node)) {
      visit(node.key);
      visit(node.value);
      return;
    }
    if (node === null || typeof node !== 'object' || !('range' in node)) return;
    const yamlNode = node as YamlNode;
    if (yamlNode.anchor !== undefined) anchors.set(yamlNode.anchor, yamlNode);
    if (!isCollection(node)) return;
    open.add(yamlNode);
    for (const item of node.items) visit(item);
    open.delete(yamlNode);
  };
  visit(doc.contents);
  return problems;
}

function aliasProblem(kind: YamlLimitProblem['kind'], alias: Alias): YamlLimitProblem {
  return { kind, offset: offsetOf(alias), name: alias.source };
}

function offsetOf(node: { range?: readonly number[] | null }): number {
  return node.range?.[0] ?? 0;
}
