import { execFile } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { repoRoot, tempDir } from '../e2e/reference.js';

// Every PDF bulletin writes for the fixture set passes `qpdf --check` (issue 10, point 4): all
// issues under test/fixtures and examples, built with the library in one process. Fixtures that
// are documents with errors write nothing; the count of PDFs written is asserted below, so a
// fixture that stops building is noticed.

const run = promisify(execFile);
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function issues(): Promise<string[]> {
  const found: string[] = [];
  for (const folder of ['test/fixtures', 'examples']) {
    const names = await readdir(path.join(repoRoot, folder), { recursive: true });
    // README.md files describe their folder; they are not issues.
    found.push(...names.filter((n) => n.endsWith('.md') && path.basename(n) !== 'README.md').map((n) => path.join(repoRoot, folder, n)));
  }
  return found.sort();
}

async function qpdfCheck(file: string): Promise<string | undefined> {
  try {
    await run('qpdf', ['--check', file]);
    return undefined;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${path.basename(file)}: ${e.stderr ?? ''}${e.stdout ?? ''}`;
  }
}

describe('qpdf --check over the fixtures', () => {
  it('passes for every PDF built from test/fixtures and examples', async () => {
    const outDir = await tempDir('qpdf');
    dirs.push(outDir);
    const files = await issues();
    const written: string[] = [];
    for (const [index, file] of files.entries()) {
      // One folder per issue: two fixtures may share a file name.
      const result = await buildIssue(file, { outDir: path.join(outDir, String(index)), systemFontDirs: [], sourceDateEpoch: 1_700_000_000 });
      if (result.output !== undefined) written.push(result.output);
    }
    expect(written.length).toBeGreaterThanOrEqual(27);
    const failures = (await Promise.all(written.map(qpdfCheck))).filter((f) => f !== undefined);
    expect(failures).toEqual([]);
  }, 120_000);
});
