import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { fontkitLoaded } from '../../src/fonts/fontkit.js';
import { referenceIssue, tempDir } from '../e2e/reference.js';

const richIssue = fileURLToPath(new URL('../../examples/rich.md', import.meta.url));

// Issue 13: fontkit costs ~100 ms to load. The page's font plan, its tables' column widths, its
// note marks and its choice of full-width marks read the bundled fonts' tables (dist/fonts/*.table),
// and the subsets come from hb-subset: `-f html` needs no fontkit. This file runs in a process of
// its own (vitest isolates test files), so nothing else has loaded fontkit before.
describe('the HTML page with the bundled fonts', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is built from an empty subset cache without loading fontkit', async () => {
    dir = await tempDir('html-no-fontkit');
    expect(fontkitLoaded()).toBe(false);
    const options = { outDir: dir, format: 'html', fonts: 'bundled', cacheDir: path.join(dir, 'cache') } as const;
    for (const issue of [referenceIssue, richIssue]) {
      const result = await buildIssue(issue, options);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
    const reference = await readFile(path.join(dir, '2014-04.html'), 'utf8');
    // Song, its Black (the masthead), Hei and Kai, each subset.
    expect(reference.match(/@font-face/g)?.length).toBe(4);
    // The rich issue's tables were measured in the fonts: each asks for its narrowest width.
    const rich = await readFile(path.join(dir, 'rich.html'), 'utf8');
    expect(rich.match(/<table class="[^"]*table-min-\d+/g)?.length).toBeGreaterThan(0);
    expect(fontkitLoaded()).toBe(false);
  });
});
