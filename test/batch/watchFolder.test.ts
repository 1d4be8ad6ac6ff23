import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initArchive, watchFolder, type BuildResult } from '../../src/index.js';
import { tempDir } from '../e2e/reference.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** Resolves once a build of `file` has been reported, or rejects after 20 s. */
function buildsOf(): { onBuild: (r: BuildResult) => void; next: (file: string) => Promise<BuildResult> } {
  const waiting: Array<{ file: string; resolve: (r: BuildResult) => void }> = [];
  return {
    onBuild: (r) => {
      const i = waiting.findIndex((w) => w.file === r.file);
      if (i >= 0) waiting.splice(i, 1)[0]?.resolve(r);
    },
    next: (file) =>
      new Promise((resolve, reject) => {
        waiting.push({ file, resolve });
        setTimeout(() => reject(new Error(`no build of ${path.basename(file)} within 20 s`)), 20_000).unref();
      }),
  };
}

describe('watchFolder', () => {
  it('watches the folder’s issues, one that appears, and lets go of one that goes', async () => {
    const dir = await tempDir('watch-folder');
    dirs.push(dir);
    // init's short skeleton: quick builds.
    const a = (await initArchive({ dir, title: '测试简报', date: { year: 2014, month: 10, day: 17 } })).issue;
    const b = path.join(dir, '2014-02.md');
    const seen = buildsOf();
    const builtA = seen.next(a);
    const watcher = await watchFolder(dir, { outDir: path.join(dir, 'out'), systemFontDirs: [], onBuild: seen.onBuild });
    try {
      await watcher.ready;
      expect((await builtA).outputs).toEqual([path.join(dir, 'out', '2014-01.pdf')]);
      expect(watcher.issues()).toEqual([a]);

      // An issue that appears is built; the README is not an issue.
      const builtB = seen.next(b);
      await writeFile(path.join(dir, 'README.md'), '# 存档说明\n');
      await writeFile(b, (await readFile(a, 'utf8')).replace('issue: 1\nserial: 1', 'issue: 2\nserial: 2'));
      expect((await builtB).outputs).toEqual([path.join(dir, 'out', '2014-02.pdf')]);
      expect(watcher.issues().sort()).toEqual([a, b]);

      await rm(a);
      for (let i = 0; i < 100 && watcher.issues().length > 1; i++) await new Promise((r) => setTimeout(r, 50));
      expect(watcher.issues()).toEqual([b]);
    } finally {
      await watcher.close();
    }
  }, 60_000);
});
