import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../e2e/reference.js';

// The layout rules live in docs/layout.md, which ships in the package (issue 9): the README, the
// --help texts and the source point there, and every section they name exists.

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(ts|json)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

describe('docs/layout.md', () => {
  it('has every section the README, the templates and the source refer to, and nothing points to LAYOUT.md', async () => {
    const doc = await readFile(path.join(repoRoot, 'docs', 'layout.md'), 'utf8');
    const sections = new Set([...doc.matchAll(/^#{2,3} ([A-D](?:\.\d)?)[. ]/gm)].map((m) => m[1]));
    const files = [path.join(repoRoot, 'README.md'), ...(await sourceFiles(path.join(repoRoot, 'src'))), ...(await sourceFiles(path.join(repoRoot, 'templates')))];
    const missing: string[] = [];
    const stale: string[] = [];
    let references = 0;
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      if (text.includes('LAYOUT.md')) stale.push(path.relative(repoRoot, file));
      for (const m of text.matchAll(/docs\/layout\.md\)?`?,? ([A-D](?:\.\d)?)\b/g)) {
        references++;
        if (!sections.has(m[1] as string)) missing.push(`${path.relative(repoRoot, file)}: ${m[1]}`);
      }
    }
    expect(stale).toEqual([]);
    expect(missing).toEqual([]);
    expect(references).toBeGreaterThan(50);
  });
});
