import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue, watchIssue, type BuildResult, type Diagnostic } from '../../src/index.js';
import { forgetParagraphs, paragraphMemoStats } from '../../src/typeset/paragraphMemo.js';
import { referenceIssue, tempDir } from '../e2e/reference.js';

// A rebuild in `watch` takes the paragraphs that did not change from the builds before it
// (src/typeset/paragraphMemo.ts): what it writes and reports must be what a fresh build gives.

const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const where = (ds: readonly Diagnostic[]): string[] => ds.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);

// Warned of twice (a space between Han characters, a character no bundled font has), so that the
// warnings must move with the paragraph when lines are added above it.
const WARNED = '这一段有问题：与会 代表，以及罕见字𠀀。';

describe('watch rebuilds', () => {
  it('write the same bytes and report the same problems as a fresh build of the edited issue', async () => {
    const dir = await tempDir('watch-rebuild');
    dirs.push(dir);
    const file = path.join(dir, '2014-04.md');
    const source = (await readFile(referenceIssue, 'utf8')) + `\n${WARNED}\n`;
    await writeFile(file, source);
    const options = { systemFontDirs: [] as string[], cacheDir: path.join(dir, 'cache') };
    const told: BuildResult[] = [];
    let onTold: (() => void) | undefined;
    const watcher = await watchIssue(file, {
      ...options,
      outDir: path.join(dir, 'watched'),
      onBuild: (r) => {
        told.push(r);
        onTold?.();
      },
    });
    let rebuilt: BuildResult | undefined;
    // A word changed in one paragraph, and a new paragraph above the rest.
    const lines = source.replace('。', '！').split('\n');
    const body = lines.findIndex((l, i) => i > 0 && l === '---') + 2;
    lines.splice(body, 0, '新加的一段，在最前面。', '');
    const edited = lines.join('\n');
    try {
      await watcher.ready;
      expect(where(told[0]?.diagnostics ?? [])).toHaveLength(2);
      const built = new Promise<void>((resolve) => (onTold = resolve));
      const before = paragraphMemoStats();
      await writeFile(file, edited);
      await built;
      rebuilt = told.at(-1);
      // Only the new paragraph and the edited one were set afresh.
      const after = paragraphMemoStats();
      expect(after.misses - before.misses).toBe(2);
      expect(after.hits - before.hits).toBeGreaterThan(10);
    } finally {
      await watcher.close();
    }
    forgetParagraphs();
    const fresh = await buildIssue(file, { ...options, outDir: path.join(dir, 'fresh') });
    expect(rebuilt?.outputs).toEqual([path.join(dir, 'watched', '2014-04.pdf')]);
    expect(where(rebuilt?.diagnostics ?? [])).toEqual(where(fresh.diagnostics));
    // The warnings moved down with their paragraph.
    const before = where(told[0]?.diagnostics ?? []).map((w) => Number(w.split(':')[0]));
    expect(where(fresh.diagnostics).map((w) => Number(w.split(':')[0]))).toEqual(before.map((n) => n + 2));
    const watched = await readFile(path.join(dir, 'watched', '2014-04.pdf'));
    const freshBytes = await readFile(path.join(dir, 'fresh', '2014-04.pdf'));
    expect(watched.equals(freshBytes)).toBe(true);
  }, 60_000);
});
