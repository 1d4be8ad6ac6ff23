import { builtinTemplate, builtinTemplateNames } from './loadTemplate.js';

export type { ColourSpec, HeadingSpec, MastheadPart, Template } from './schema.js';
export { builtinTemplateNames };

/**
 * A built-in template by name (templates/<name>/template.yaml in the package). Templates in a
 * folder are loaded by loadTemplate, which reports their problems.
 */
export function getTemplate(name: string): ReturnType<typeof builtinTemplate> {
  return builtinTemplate(name);
}
