import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BatchReport, IssueReport } from '../batch/batchReport.js';
import { buildBatch, type BatchOptions } from '../batch/buildBatch.js';
import { hashBytes, hashFile } from '../batch/hashFile.js';
import type { BuildOptions } from '../build/buildIssue.js';
import { writeAtomic } from '../build/writeAtomic.js';
import { packageVersion } from '../packageRoot.js';
import { atomFeed, sitemap } from './atomFeed.js';
import { PAGEFIND_FOLDER, indexSearch, type SearchPage } from './indexSearch.js';
import { defaultCacheDir } from '../cacheDir.js';
import { listingFontCss } from './listingFont.js';
import { homePage, yearPage, type ListedIssue } from './listingPages.js';
import { SEARCH_SCRIPT, searchPage } from './searchPage.js';
import { pagePath, planSite, type PlacedIssue } from './sitePlan.js';
import { issueLabel } from './siteWords.js';

/** Options of {@link buildSite}: those of every build, how to run the batch, and the site's. */
export interface SiteOptions extends Omit<BatchOptions, 'outDir' | 'format' | 'perIssue'> {
  /** The site's folder. */
  readonly outDir: string;
  /** Where the site is published, e.g. `https://example.org/bulletin/` (optional, default the latest issue's `site.url`): absolute links in the feed, and the sitemap. */
  readonly baseUrl?: string;
}

/** Two issues that would write the same page. */
export interface PageClash {
  readonly files: readonly [string, string];
  /** The page's path from the site's root. */
  readonly page: string;
}

/** What {@link buildSite} did. */
export interface SiteReport {
  /** The issue pages: built, up to date or failed (an issue whose numbers cannot be read fails here too). */
  readonly batch: BatchReport;
  /** Listing pages, feed, sitemap and search made: a run without a shard. */
  readonly listed: boolean;
  /** Issues on the home page. */
  readonly listedIssues: number;
  /** The site's own files written because they changed (absolute paths). */
  readonly written: readonly string[];
  /** Pages in the search index, when it was made again; absent when it still stood. */
  readonly searchPages?: number;
  /** What Pagefind reported. */
  readonly searchErrors: readonly string[];
  /** Whether there is a sitemap: only with a base URL. */
  readonly sitemap: boolean;
  /** Issues that would write the same page: nothing is built when there are any. */
  readonly clashes: readonly PageClash[];
}

/** What the last run indexed, so that an unchanged site is not indexed again. */
const STATE_FILE = '.bulletin-site.json';

/** Writes `data` at `file` unless it holds those bytes already; says whether it wrote. */
async function writeIfChanged(file: string, data: string): Promise<boolean> {
  const old = await readFile(file, 'utf8').catch(() => undefined);
  if (old === data) return false;
  await writeAtomic(file, data);
  return true;
}

function clashesOf(issues: readonly PlacedIssue[]): PageClash[] {
  const seen = new Map<string, string>();
  const clashes: PageClash[] = [];
  for (const issue of issues) {
    const page = pagePath(issue);
    const first = seen.get(page);
    if (first !== undefined) clashes.push({ files: [first, issue.file], page });
    else seen.set(page, issue.file);
  }
  return clashes;
}

function withUnplaced(batch: BatchReport, unplaced: readonly IssueReport[]): BatchReport {
  if (unplaced.length === 0) return batch;
  return { ...batch, issues: [...batch.issues, ...unplaced], total: batch.total + unplaced.length, failed: batch.failed + unplaced.length };
}

/**
 * Builds a static website of an archive (issue 11): each issue's HTML page (with links to the
 * previous and next issue, its year, the home page and its PDF) and its PDF in a folder per year,
 * a home page, a page per year, an Atom feed, a sitemap (with a base URL) and a Pagefind search
 * page. Every link is relative, so the site works from any host's folder and from file://.
 *
 * Incremental: issue pages go through {@link buildBatch}, whose manifest skips those that stand
 * (a page is built again when its issue, its settings or its neighbours change); the listing
 * pages are written when their bytes change; the search index is made again when any issue
 * page changed. When an issue fails, the listing pages, feed and index are left as they were.
 * With `shard`, only that part of the issue pages is built, and nothing else: a
 * last run without a shard over the same folder lists them and indexes them.
 *
 * @param files The archive's issues (see `collectIssues` for folders).
 * @param options Build, batch and site options.
 */
export async function buildSite(files: readonly string[], options: SiteOptions): Promise<SiteReport> {
  const { baseUrl, ...batchOptions } = options;
  const cwd = options.cwd ?? process.cwd();
  const site = path.resolve(cwd, options.outDir);
  const absolute = [...new Set(files.map((f) => path.resolve(cwd, f)))];
  const plan = await planSite(absolute);
  const clashes = clashesOf(plan.issues);
  const unplaced: IssueReport[] = plan.unplaced.map((u) => ({ file: u.file, status: 'failed', outputs: [], diagnostics: u.diagnostics, seconds: 0 }));
  const perIssue = new Map<string, Pick<BuildOptions, 'outDir' | 'nav'>>(plan.issues.map((i) => [i.file, { outDir: path.join(site, i.folder), nav: i.nav }]));
  const nothing = { listed: false, listedIssues: 0, written: [], searchErrors: [], sitemap: false };
  if (clashes.length > 0) {
    const empty: BatchReport = { issues: [], total: absolute.length, built: 0, skipped: 0, failed: 0, jobs: 0, diagnostics: [], seconds: 0 };
    return { batch: empty, ...nothing, clashes };
  }
  const batch = withUnplaced(
    await buildBatch(plan.issues.map((i) => i.file), { ...batchOptions, outDir: site, format: 'both', perIssue }),
    options.shard ? [] : unplaced,
  );
  // A failed issue keeps the listing, feed and index as they were: listing without it would drop
  // it from the site until it is fixed, and its neighbours already link to it.
  if (options.shard || batch.failed > 0) return { batch, ...nothing, clashes };

  const summaries = new Map(batch.issues.flatMap((r) => (r.summary && r.status !== 'failed' ? [[r.file, r.summary] as const] : [])));
  const listed: ListedIssue[] = plan.issues.flatMap((i) => {
    const summary = summaries.get(i.file);
    return summary ? [{ summary, folder: i.folder, name: i.name }] : [];
  });
  const title = listed.at(-1)?.summary.title ?? '';
  const years = [...new Set(listed.map((i) => i.summary.year))].sort((a, b) => a - b);
  const url = baseUrl ?? plan.siteUrl;
  const base = url === undefined ? undefined : url.endsWith('/') ? url : `${url}/`;
  const pagesWith = (fontCss: string): [string, string][] => [
    ['index.html', homePage(title, listed, fontCss)],
    ...years.map((y): [string, string] => [`${y}/index.html`, yearPage(title, y, listed, fontCss)]),
    ['search/index.html', searchPage(title, fontCss)],
  ];
  // The pages are made once without the font to learn their characters, then with it.
  const fontCss = await listingFontCss(
    pagesWith('').map(([, html]) => html),
    options.cacheDir ?? defaultCacheDir(),
  );
  const files_: [string, string][] = [
    ...pagesWith(fontCss),
    ['feed.xml', atomFeed(title, listed, base)],
    ...(base !== undefined ? [['sitemap.xml', sitemap(listed, years, base)] as [string, string]] : []),
    ['search/search.js', SEARCH_SCRIPT],
  ];
  const written: string[] = [];
  for (const [name, data] of files_) {
    const file = path.join(site, name);
    if (await writeIfChanged(file, data)) written.push(file);
  }

  // The index stands while every page it was made from does: same bytes, same paths and titles.
  const pages: SearchPage[] = listed.map((i) => ({ file: path.join(site, i.folder, `${i.name}.html`), path: pagePath(i), title: `${i.summary.title} ${issueLabel(i.summary)}`, date: i.summary.date }));
  const hashes = await Promise.all(pages.map((p) => hashFile(p.file)));
  const state = hashBytes(JSON.stringify({ bulletin: packageVersion(), pages: pages.map((p, i) => [p.path, p.title, p.date, hashes[i] ?? null]) }));
  const stateFile = path.join(site, STATE_FILE);
  const old = await readFile(stateFile, 'utf8').catch(() => '');
  const bundle = await hashFile(path.join(site, PAGEFIND_FOLDER, 'pagefind.js'));
  let searchPages: number | undefined;
  const searchErrors: string[] = [];
  if (options.force || bundle === undefined || old.trim() !== JSON.stringify({ index: state })) {
    const indexed = await indexSearch(site, pages);
    searchPages = indexed.pages;
    searchErrors.push(...indexed.errors);
    if (indexed.errors.length === 0) await writeAtomic(stateFile, JSON.stringify({ index: state }) + '\n');
  }
  return { batch, listed: true, listedIssues: listed.length, written, ...(searchPages !== undefined ? { searchPages } : {}), searchErrors, sitemap: base !== undefined, clashes };
}
