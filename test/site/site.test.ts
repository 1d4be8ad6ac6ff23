import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteReport } from '../../src/index.js';
import { launchChromium, type Chromium } from '../html/chromium.js';
import { tempDir } from '../e2e/reference.js';
import type { ArchiveIssue } from '../fixtures/batch/archive.js';
import { filesUnder, makeSiteArchive, serveFolder, wordOf } from './siteArchive.js';

// `bulletin site` over a 12-issue archive of two years (issue 11, "Done when"), through the
// library, checked in Debian's Chromium: the home page's links, the walk from issue to issue,
// Pagefind's search, incremental rebuilds, and shards merged into the same site as one run.

// Screenshots for a person to look at go to $SITE_SHOTS when it is set.
const SHOTS = process.env['SITE_SHOTS'];
let root: string;
let archive: string;
let site: string;
let issues: ArchiveIssue[];
let first: SiteReport;
let browser: Chromium;

const label = (i: ArchiveIssue): string => `${i.year}年第${i.issue}期（总第${i.serial}期）`;
const name = (i: ArchiveIssue): string => path.basename(i.file, '.md');
const options = (outDir: string): Parameters<typeof buildSite>[1] => ({ outDir, systemFontDirs: [], jobs: 1, cacheDir: path.join(root, 'cache') });

beforeAll(async () => {
  root = await tempDir('site');
  archive = path.join(root, 'archive');
  await mkdir(archive);
  issues = await makeSiteArchive(archive);
  site = path.join(root, 'public');
  first = await buildSite(issues.map((i) => i.file), options(site));
  browser = await launchChromium();
  if (SHOTS) await mkdir(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await rm(root, { recursive: true, force: true });
});

describe('a site of 12 issues over two years', () => {
  it('builds every issue page and PDF into its year, lists them all and indexes them', () => {
    expect([first.batch.built, first.batch.failed]).toEqual([12, 0]);
    expect(first.listedIssues).toBe(12);
    expect(first.searchPages).toBe(12);
    expect(first.searchErrors).toEqual([]);
    expect(first.sitemap).toBe(false);
    for (const i of issues) for (const ext of ['html', 'pdf']) expect(existsSync(path.join(site, String(i.year), `${name(i)}.${ext}`))).toBe(true);
    for (const page of ['index.html', '2014/index.html', '2015/index.html', 'feed.xml', 'search/index.html', 'search/search.js', 'pagefind/pagefind.js']) {
      expect(existsSync(path.join(site, page)), page).toBe(true);
    }
  });

  it('home page: the latest issue first, then every issue by year, each linking to an existing page and PDF', async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    const latest = await page.locator('section.latest a.page').allTextContents();
    expect(latest).toEqual([label(issues.at(-1) as ArchiveIssue)]);
    const listed = await page.locator('section.year a.page').allTextContents();
    expect(listed).toEqual([...issues].reverse().map(label));
    const hrefs = await page.locator('section.year li a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(24);
    for (const href of hrefs) expect(existsSync(fileURLToPath(href)), href).toBe(true);
    expect(hrefs.filter((h) => h.endsWith('.pdf'))).toHaveLength(12);
    // The reference issue has no `#` titles: its sections are listed.
    expect(await page.locator('section.year li ul.titles li').first().textContent()).toContain('SAST-SITI-STEPI');
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `home-${width}.png`) });
    }
    await page.close();
  });

  it('at 390 px no issue page scrolls sideways and every masthead title is one line', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const issue of issues) {
      await page.goto(pathToFileURL(path.join(site, String(issue.year), `${name(issue)}.html`)).href);
      const measured = await page.evaluate(() => {
        const title = document.querySelector('.masthead-title') as Element;
        const range = document.createRange();
        range.selectNodeContents(title);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
        const scroller = document.scrollingElement as Element;
        return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth, lines };
      });
      expect(measured.scrollWidth, name(issue)).toBeLessThanOrEqual(measured.clientWidth);
      expect(measured.clientWidth, name(issue)).toBe(390);
      expect(measured.lines, name(issue)).toBe(1);
    }
    await page.close();
  });

  it('previous and next links walk the whole archive in order, and lead to the year, home page and PDF', async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(path.join(site, '2014', `${name(issues[0] as ArchiveIssue)}.html`)).href);
    const forward: string[] = [];
    for (;;) {
      forward.push(path.basename(fileURLToPath(page.url()), '.html'));
      for (const rel of ['home', 'up', 'alternate']) {
        const href = await page.locator(`nav.site-nav a[rel=${rel}]`).evaluate((a) => (a as HTMLAnchorElement).href);
        expect(existsSync(fileURLToPath(href)), href).toBe(true);
      }
      const next = page.locator('nav.site-nav a[rel=next]');
      if ((await next.count()) === 0) break;
      await next.click();
    }
    expect(forward).toEqual(issues.map(name));
    const backward: string[] = [];
    for (;;) {
      backward.push(path.basename(fileURLToPath(page.url()), '.html'));
      const previous = page.locator('nav.site-nav a[rel=prev]');
      if ((await previous.count()) === 0) break;
      await previous.click();
    }
    expect(backward).toEqual(issues.map(name).reverse());
    // The year's page lists the year's issues.
    await page.locator('nav.site-nav a[rel=up]').click();
    expect(await page.locator('section.year a.page').allTextContents()).toEqual(issues.filter((i) => i.year === 2014).reverse().map(label));
    await page.goto(pathToFileURL(path.join(site, '2015', `${name(issues[7] as ArchiveIssue)}.html`)).href);
    // Issue pages still run no script.
    expect(await page.locator('script').count()).toBe(0);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `issue-${width}.png`) });
    }
    await page.close();
  }, 60_000);

  it('the search page says from file:// that it needs a server', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${pathToFileURL(path.join(site, 'search', 'index.html')).href}?q=SAST`);
    expect(await page.locator('#status').textContent()).toContain('http://');
    expect(await page.locator('#results li').count()).toBe(0);
    await page.close();
  });

  it('Pagefind finds the one issue that holds a word, and every issue for 首尔 and SAST', async () => {
    const { url, server } = await serveFolder(site);
    const page = await browser.context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(url)) outside.push(r.url());
    });
    try {
      const search = async (query: string): Promise<string[]> => {
        await page.goto(`${url}search/index.html?q=${encodeURIComponent(query)}`);
        // The status says the page needs a server until the script runs, then nothing until Pagefind answers.
        await page.waitForFunction(() => {
          const status = document.getElementById('status');
          return status !== null && status.textContent !== '' && status.textContent !== status.dataset['offline'];
        });
        return page.locator('#results a.page').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      };
      for (const i of [2, 9]) {
        const issue = issues[i] as ArchiveIssue;
        expect(await search(wordOf(i))).toEqual([`/${issue.year}/${name(issue)}.html`]);
        expect(await page.locator('#results a.page').textContent()).toContain(label(issue));
        expect(await page.locator('#results mark').first().textContent()).toBe(wordOf(i));
      }
      expect(await search('首尔')).toHaveLength(12);
      expect(await search('SAST')).toHaveLength(12);
      await page.setViewportSize({ width: 1280, height: 900 });
      await search(wordOf(2));
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'search-1280.png') });
      await page.locator('#results a.page').click();
      expect(new URL(page.url()).pathname).toBe(`/2014/${name(issues[2] as ArchiveIssue)}.html`);
      expect(outside).toEqual([]);
    } finally {
      await page.close();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);
});

describe('rebuilding the site', () => {
  it('builds nothing and writes nothing when nothing changed', async () => {
    const again = await buildSite(issues.map((i) => i.file), options(site));
    expect([again.batch.built, again.batch.skipped]).toEqual([0, 12]);
    expect(again.written).toEqual([]);
    expect(again.searchPages).toBeUndefined();
  }, 60_000);

  it('rebuilds only the issue that changed, the listing and the index', async () => {
    const changed = issues[4] as ArchiveIssue;
    await writeFile(changed.file, (await readFile(changed.file, 'utf8')).replace('## 二、借鉴他国经验', '## 二、Kestrelword 借鉴他国经验'));
    const again = await buildSite(issues.map((i) => i.file), options(site));
    expect(again.batch.issues.filter((i) => i.status === 'built').map((i) => i.file)).toEqual([changed.file]);
    const written = again.written.map((f) => path.relative(site, f));
    expect(written).toEqual(expect.arrayContaining(['2014/index.html', 'feed.xml', 'index.html']));
    // The other listing pages only when the new characters changed their shared font subset.
    for (const file of written) expect(['2014/index.html', '2015/index.html', 'feed.xml', 'index.html', 'search/index.html']).toContain(file);
    expect(again.searchPages).toBe(12);
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toContain('Kestrelword');
  }, 60_000);

  it('gives the same site from two shards and a merge as from one run', async () => {
    const sharded = path.join(root, 'sharded');
    const files = issues.map((i) => i.file);
    const parts = [];
    for (const index of [1, 2]) parts.push(await buildSite(files, { ...options(sharded), shard: { index, count: 2 } }));
    expect(parts.every((p) => !p.listed && p.written.length === 0)).toBe(true);
    expect(parts.map((p) => p.batch.built).reduce((a, b) => a + b)).toBe(12);
    expect(existsSync(path.join(sharded, 'index.html'))).toBe(false);
    const merged = await buildSite(files, options(sharded));
    expect([merged.batch.built, merged.batch.skipped, merged.searchPages]).toEqual([0, 12, 12]);
    const one = await filesUnder(site);
    expect(await filesUnder(sharded)).toEqual(one);
    for (const file of one) expect((await readFile(path.join(sharded, file))).equals(await readFile(path.join(site, file))), file).toBe(true);
  }, 120_000);
});
