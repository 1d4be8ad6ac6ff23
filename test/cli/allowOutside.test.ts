import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parseArgs.js';
import { buildIssue } from '../../src/index.js';

// The fixture's picture lies in ../images, outside the issue's folder tree.
const issue = fileURLToPath(new URL('../fixtures/read/rich/outside/issue.md', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'bulletin-outside-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('--allow-outside (issue 6)', () => {
  it('is a build flag, off by default', () => {
    expect(parseArgs(['build', 'a.md'])).not.toHaveProperty('allowOutside');
    expect(parseArgs(['build', 'a.md', '--allow-outside'])).toMatchObject({ command: 'build', allowOutside: true });
  });

  it('refuses a picture outside the issue folder, and builds with the flag', async () => {
    const refused = await buildIssue(issue, { outDir: out, systemFontDirs: [] });
    expect(refused.output).toBeUndefined();
    expect(refused.diagnostics.some((d) => d.severity === 'error' && /outside/.test(d.message))).toBe(true);
    const allowed = await buildIssue(issue, { outDir: out, systemFontDirs: [], allowOutside: true });
    expect(allowed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(allowed.output).toBe(join(out, 'issue.pdf'));
  });
});
