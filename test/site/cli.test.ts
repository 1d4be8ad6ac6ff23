import { existsSync } from 'node:fs';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulletin, ensureBundle } from '../cli/batchRun.js';
import { tempDir } from '../e2e/reference.js';
import { makeArchive } from '../fixtures/batch/archive.js';

// `bulletin site` through the real executable: the feed and sitemap with and without a base URL
// (issue 11), and its usage errors.

let dir: string;

beforeAll(async () => {
  await ensureBundle();
  dir = await tempDir('site-cli');
  await makeArchive(dir, { years: [2015], perYear: 2 });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bulletin site', () => {
  it('without --base-url: relative feed links, no sitemap, and says so', async () => {
    const o = await bulletin(['site', '.', '-o', 'public', '--jobs', '1'], dir);
    expect(o.code, o.stderr).toBe(0);
    expect(o.stderr).toContain('site in public: 2 issues listed');
    expect(o.stderr).toContain('search index made of 2 pages');
    expect(o.stderr).toContain('no --base-url');
    expect(existsSync(path.join(dir, 'public', 'sitemap.xml'))).toBe(false);
    const feed = await readFile(path.join(dir, 'public', 'feed.xml'), 'utf8');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="2015/2015-02.html"/>');
    expect(feed).toMatch(/<id>urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/id>/);
    expect(feed.indexOf('2015年第2期')).toBeLessThan(feed.indexOf('2015年第1期'));
  }, 60_000);

  it('with --base-url: absolute feed links and a sitemap of every page', async () => {
    const o = await bulletin(['--lang', 'zh', 'site', '.', '-o', 'public', '--base-url', 'https://example.org/jq'], dir);
    expect(o.code, o.stderr).toBe(0);
    expect(o.stderr).toContain('搜索索引无需更新');
    const sitemap = await readFile(path.join(dir, 'public', 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual(['https://example.org/jq/index.html', 'https://example.org/jq/2015/index.html', 'https://example.org/jq/2015/2015-01.html', 'https://example.org/jq/2015/2015-02.html']);
    const feed = await readFile(path.join(dir, 'public', 'feed.xml'), 'utf8');
    expect(feed).toContain('href="https://example.org/jq/2015/2015-02.pdf"');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/jq/feed.xml"/>');
  }, 60_000);

  it('takes the base URL from bulletin.yaml’s site.url', async () => {
    await appendFile(path.join(dir, 'bulletin.yaml'), 'site: {url: "https://example.net/archive/"}\n');
    const o = await bulletin(['site', '.', '-o', 'public'], dir);
    expect(o.code, o.stderr).toBe(0);
    expect(o.stderr).not.toContain('no --base-url');
    expect(await readFile(path.join(dir, 'public', 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.net/archive/2015/2015-01.html</loc>');
  }, 60_000);

  it('leaves the listing as it was when an issue fails, exit 1', async () => {
    const home = await readFile(path.join(dir, 'public', 'index.html'), 'utf8');
    const issue = path.join(dir, '2015-02.md');
    const text = await readFile(issue, 'utf8');
    await writeFile(issue, text.replace('issue: 2', 'issue: two'));
    try {
      const o = await bulletin(['site', '.', '-o', 'public'], dir);
      expect(o.code).toBe(1);
      expect(o.stderr).toMatch(/^2015-02\.md:2:8: error: /m);
      expect(await readFile(path.join(dir, 'public', 'index.html'), 'utf8')).toBe(home);
    } finally {
      await writeFile(issue, text);
    }
  }, 60_000);

  it('refuses a run without -o and a base URL that is not http(s), exit 2', async () => {
    const none = await bulletin(['site', '.'], dir);
    expect([none.code, none.stderr.split('\n')[0]]).toEqual([2, "bulletin: required option '-o, --out-dir <dir>' not specified"]);
    const bad = await bulletin(['site', '.', '-o', 'x', '--base-url', 'ftp://example.org/'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected an absolute http:// or https:// URL');
  });
});
