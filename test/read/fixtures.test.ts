import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { readIssue } from '../../src/read/readIssue.js';
import { fixture } from './helpers.js';

// Each `<issue>.md` under test/fixtures/read/ with a `<issue>.diagnostics.txt` beside it is read
// and its diagnostics, as the reporter prints them without colour, must match that file.
// Regenerate the expected files with `UPDATE_FIXTURES=1 npx vitest run test/read/fixtures.test.ts`.

const root = fixture();
const update = process.env['UPDATE_FIXTURES'] === '1';

const entries = await readdir(root, { recursive: true });
const issues = entries.filter((name) => name.endsWith('.md')).sort();
const expectedFiles = new Set(entries.filter((name) => name.endsWith('.diagnostics.txt')));

describe('fixtures', () => {
  for (const issue of issues) {
    const expectedName = issue.replace(/\.md$/, '.diagnostics.txt');
    if (!update && !expectedFiles.has(expectedName)) continue;
    it(issue, async () => {
      const { diagnostics } = await readIssue(path.join(root, issue));
      const actual = `${formatDiagnostics(diagnostics, { color: false, cwd: root })}\n`;
      const expectedPath = path.join(root, expectedName);
      if (update) await writeFile(expectedPath, actual);
      expect(actual).toBe(await readFile(expectedPath, 'utf8'));
    });
  }
});
