import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateJsonSchema } from '../../src/template/jsonSchema.js';
import { builtinTemplateNames } from '../../src/template/template.js';
import { ensureBundle } from '../cli/batchRun.js';
import { repoRoot } from '../e2e/reference.js';

describe('the JSON Schema of templates', () => {
  it('is written by the build from the zod schema, for editors', async () => {
    await ensureBundle();
    const shipped = JSON.parse(await readFile(path.join(repoRoot, 'schema', 'template.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(shipped).toEqual(templateJsonSchema());
    const properties = shipped.properties as Record<string, { properties?: Record<string, unknown> }>;
    expect(Object.keys(properties)).toEqual(expect.arrayContaining(['page', 'grid', 'colours', 'masthead', 'pageNumber', 'extends', 'fields']));
    // A template that extends another gives only what differs: nothing is required but a part's kind.
    expect(JSON.stringify(shipped)).not.toMatch(/"required":\["(?!kind)/);
    expect(JSON.stringify(shipped)).toContain('"required":["kind"]');
  });

  it('is named by every built-in template, so editors check them', async () => {
    for (const name of builtinTemplateNames()) {
      const text = await readFile(path.join(repoRoot, 'templates', name, 'template.yaml'), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/template.schema.json');
    }
  });
});

describe('the README', () => {
  it('documents every field of the template schema in its Templates section', async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Templates\n');
    expect(start).toBeGreaterThan(0);
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const names = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'properties' && typeof value === 'object' && value !== null) for (const name of Object.keys(value)) names.add(name);
          visit(value);
        }
      }
    };
    visit(templateJsonSchema());
    names.delete('$schema');
    const undocumented = [...names].filter((name) => !section.includes(`\`${name}\``) && !section.includes(`'${name}'`) && !section.includes(`${name}:`));
    expect(undocumented).toEqual([]);
  });
});
