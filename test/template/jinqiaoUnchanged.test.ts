import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { typesetIssue } from '../../src/build/buildIssue.js';
import { typesetDigest } from './typesetDigest.js';

// The template engine replaced code that set jinqiao's masthead, page numbers and last page
// directly (issue 12). These digests were made with that code, before the change: every glyph,
// rule and picture of the reference issue and of the rich example, with its place. They guard
// the typesetting, not the PDF's bytes, which other work (PDF/A, subsetting) may change rightly.
// Regenerate only for a deliberate change of jinqiao's layout.
const example = (name: string): string => fileURLToPath(new URL(`../../examples/${name}.md`, import.meta.url));
const digest = (name: string): string => fileURLToPath(new URL(`../fixtures/template/jinqiao-${name}.typeset.txt`, import.meta.url));

describe('jinqiao as a template is set exactly as before', () => {
  for (const [name, file] of [
    ['reference', '2014-04'],
    ['rich', 'rich'],
  ] as const) {
    it(`typesets examples/${file}.md glyph for glyph as the pre-template engine did`, async () => {
      const result = await typesetIssue(example(file), { systemFontDirs: [], fonts: 'bundled' });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.typeset).toBeDefined();
      const expected = await readFile(digest(name), 'utf8');
      expect(typesetDigest(result.typeset!)).toBe(expected);
    });
  }
});
