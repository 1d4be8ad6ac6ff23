import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchIssue, type BuildResult } from '../../src/index.js';
import { tempDir } from '../e2e/reference.js';
import { makeArchive } from '../fixtures/batch/archive.js';

const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Resolves with the `n`-th build's result (1-based), or rejects after 20 s. */
function builds(): { results: BuildResult[]; nth: (n: number) => Promise<BuildResult>; onBuild: (r: BuildResult) => void } {
  const results: BuildResult[] = [];
  const waiting = new Map<number, (r: BuildResult) => void>();
  return {
    results,
    onBuild: (r) => {
      results.push(r);
      waiting.get(results.length)?.(r);
    },
    nth: (n) =>
      results[n - 1]
        ? Promise.resolve(results[n - 1] as BuildResult)
        : new Promise((resolve, reject) => {
            waiting.set(n, resolve);
            setTimeout(() => reject(new Error(`no build ${n} within 20 s`)), 20_000).unref();
          }),
  };
}

describe('watchIssue', () => {
  it('builds at once, then on every save of the issue or its bulletin.yaml, reporting diagnostics', async () => {
    const dir = await tempDir('watch');
    dirs.push(dir);
    const [issue] = await makeArchive(dir, { years: [2014], perYear: 1 });
    const file = issue?.file ?? '';
    const seen = builds();
    const watcher = await watchIssue(file, { outDir: path.join(dir, 'out'), systemFontDirs: [], onBuild: seen.onBuild });
    try {
      await watcher.ready;
      expect((await seen.nth(1)).outputs).toEqual([path.join(dir, 'out', '2014-01.pdf')]);

      const source = await readFile(file, 'utf8');
      await writeFile(file, source.replace('issue: 1', 'issue: one'));
      const broken = await seen.nth(2);
      expect(broken.outputs).toBeUndefined();
      expect(broken.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['2:8 front-matter/invalid-value']);

      await writeFile(file, source);
      expect((await seen.nth(3)).diagnostics).toEqual([]);

      const config = path.join(dir, 'bulletin.yaml');
      await writeFile(config, (await readFile(config, 'utf8')) + 'punctuation: kaiming\n');
      expect((await seen.nth(4)).outputs).toHaveLength(1);
    } finally {
      await watcher.close();
    }
  }, 60_000);
});
