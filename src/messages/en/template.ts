/**
 * Messages of templates (template.yaml or template.json): finding, reading and validating them,
 * and the front-matter fields they declare.
 *
 * `field` is a dotted path into the template, e.g. `masthead.parts.2.size`.
 * `found` is a value as describeValue gives it (`"four"`, `4.5`, `empty`, `a list`).
 */
export const template = {
  'template.not-found': (p: { name: string }) => `template "${p.name}" is neither a built-in template nor a folder holding template.yaml`,
  'template.not-found-hint': (p: { builtins: string }) =>
    `name a built-in template (${p.builtins}) or a folder holding template.yaml, relative to the file that names it, e.g. \`template: ./my-template\``,
  'template.extends-cycle': (p: { name: string }) => `template "${p.name}" extends itself (through its \`extends\` chain)`,
  'template.extends-cycle-hint': () => 'a template extends a built-in template or another folder; remove the `extends` that leads back',
  'template.extends-too-deep': (p: { limit: number }) => `templates extend one another more than ${p.limit} deep`,
  'template.extends-too-deep-hint': () => 'extend a built-in template directly',
  'template.unknown-field': (p: { field: string }) => `unknown template field "${p.field}"`,
  'template.known-fields-hint': (p: { parent: string; known: string }) => `known fields${p.parent !== '' ? ` of "${p.parent}"` : ''}: ${p.known}`,
  'template.did-you-mean': (p: { suggestion: string }) => `did you mean \`${p.suggestion}\`?`,
  'template.missing-field': (p: { field: string }) => `template field "${p.field}" is missing`,
  'template.missing-field-hint': () => 'start from a built-in template with `extends: jinqiao` and give only what differs',
  /** `expected` is a JSON type name: number, string, boolean, object, array. */
  'template.wrong-type': (p: { field: string; expected: string; found: string }) => `template field "${p.field}" must be ${typeName(p.expected)}, not ${p.found}`,
  'template.not-whole': (p: { field: string; found: string }) => `template field "${p.field}" must be a whole number, not ${p.found}`,
  'template.one-of': (p: { field: string; options: string; found: string }) => `template field "${p.field}" must be one of ${p.options}, not ${p.found}`,
  'template.too-small': (p: { field: string; limit: string; found: string }) => `template field "${p.field}" must be at least ${p.limit}, not ${p.found}`,
  'template.too-big': (p: { field: string; limit: string; found: string }) => `template field "${p.field}" must be at most ${p.limit}, not ${p.found}`,
  'template.bad-format': (p: { field: string; found: string }) => `template field "${p.field}" is not in the expected form: ${p.found}`,
  'template.bad-format-hint': () => 'colours are written `rgb: "#E60012"`, field names are letters, digits, `_` and `-`',
  'template.invalid': (p: { field: string; found: string }) => `template field "${p.field}" is not valid: ${p.found}`,
  'template.schema-hint': () => 'every field is described in the README (Templates) and in schema/template.schema.json',
  'template.unknown-colour': (p: { field: string; name: string; known: string }) => `template field "${p.field}" names colour "${p.name}", which the template's \`colours\` do not define (${p.known})`,
  'template.unknown-colour-hint': () => 'add it to `colours`, e.g. `blue: { cmyk: [1, 0.5, 0, 0], rgb: "#0050A0" }`',
  'template.no-black': () => 'the template\'s `colours` have no `black`: text is set in it',
  'template.no-black-hint': () => 'add `black: { cmyk: [0, 0, 0, 1], rgb: "#000000" }` to `colours`',
  'template.unknown-placeholder': (p: { field: string; name: string; known: string }) => `template field "${p.field}" uses {${p.name}}, which is no front-matter field (${p.known})`,
  'template.unknown-placeholder-hint': () => 'declare the field under `fields:` (e.g. `fields: { number: { required: true } }`), or correct its name',
  'template.unclosed-section': (p: { field: string }) => `template field "${p.field}" opens a [ section that is never closed`,
  'template.unclosed-section-hint': () => 'a section in [ ] is left out when a field in it is empty; close it with ]',
  'template.logo-hint': () => 'a logo is a JPEG or PNG in the template\'s own folder, named relative to its template.yaml, e.g. `src: logo.png`',
  'template.declared-field-hint': (p: { template: string; example: string }) => `template "${p.template}" uses it, e.g. \`${p.example}\``,
  'template.field-value': (p: { field: string; found: string }) => `front matter field "${p.field}" must be text or a number, not ${p.found}`,
  'template.field-value-hint': (p: { field: string }) => `for example \`${p.field}: "0042"\``,
};

function typeName(expected: string): string {
  const names: Readonly<Record<string, string>> = { number: 'a number', string: 'text', boolean: 'true or false', object: 'a mapping', array: 'a list' };
  return names[expected] ?? expected;
}
