import { z } from 'zod';
import { templateSchema } from './schema.js';

/**
 * The JSON Schema of a template file, for editors (`# yaml-language-server: $schema=…`). Made from
 * the one zod schema; no field is required in it, since a template that `extends` another gives
 * only what differs (bulletin reports what is missing after merging). A masthead part still needs
 * its `kind`.
 */
export function templateJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(templateSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...(dropRequired(schema) as Record<string, unknown>),
    title: 'bulletin template',
    description: 'A bulletin template (template.yaml or template.json): page, grid, faces, colours and masthead parts.',
  };
}

function dropRequired(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropRequired);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'required' && Array.isArray(v)) {
      if (v.includes('kind')) out[key] = ['kind'];
      continue;
    }
    out[key] = dropRequired(v);
  }
  return out;
}
