import type { MastheadPart, Template } from './schema.js';

type PartOf<K extends MastheadPart['kind']> = Extract<MastheadPart, { kind: K }>;

/** The first masthead part of a kind, if the template has one. */
export function firstPart<K extends MastheadPart['kind']>(template: Template, kind: K): PartOf<K> | undefined {
  return template.masthead.parts.find((p): p is PartOf<K> => p.kind === kind);
}
