import type { MastheadPart, Template } from './schema.js';

type PartOf<K extends MastheadPart['kind']> = Extract<MastheadPart, { kind: K }>;

/** The first masthead part of a kind, if the template has one. */
export function firstPart<K extends MastheadPart['kind']>(template: Template, kind: K): PartOf<K> | undefined {
  return template.masthead.parts.find((p): p is PartOf<K> => p.kind === kind);
}

/** The pattern a part of text fills: an issue line's pattern, a label's text, a title's own text or else the title. */
export function textPattern(part: PartOf<'title' | 'issueLine' | 'text'>): string {
  if (part.kind === 'issueLine') return part.pattern;
  if (part.kind === 'title') return part.text ?? '{title}';
  return part.text;
}
