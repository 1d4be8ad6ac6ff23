import path from 'node:path';
import { readIssueMeta } from '../batch/readIssueMeta.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SiteNav, SiteNavLink } from '../render/html/siteNav.js';
import { issueLabel, SITE_WORDS } from './siteWords.js';

/** Where an issue goes in the site, and what its page links to. */
export interface PlacedIssue {
  /** Absolute path of the issue. */
  readonly file: string;
  readonly year: number;
  readonly issue: number;
  readonly serial?: number;
  /** Its page's folder in the site: the year. */
  readonly folder: string;
  /** The file name of its outputs, without extension (the issue's own). */
  readonly name: string;
  readonly nav: SiteNav;
}

/** The archive as the site shows it: issues in publication order, and those whose numbers cannot be read. */
export interface SitePlan {
  readonly issues: readonly PlacedIssue[];
  /** Issues whose front matter or bulletin.yaml has errors: they have no place in the order. */
  readonly unplaced: readonly { readonly file: string; readonly diagnostics: readonly Diagnostic[] }[];
  /** The latest issue's `site.url` (bulletin.yaml), if any. */
  readonly siteUrl?: string;
}

/** The page's path from the site's root, `/`-separated: `2014/2014-04.html`. */
export function pagePath(issue: Pick<PlacedIssue, 'folder' | 'name'>, extension: 'html' | 'pdf' = 'html'): string {
  return `${issue.folder}/${issue.name}.${extension}`;
}

function linkFrom(from: PlacedIssue, to: PlacedIssue): string {
  return to.folder === from.folder ? `${to.name}.html` : `../${pagePath(to)}`;
}

function navOf(issue: Omit<PlacedIssue, 'nav'>, previous: Omit<PlacedIssue, 'nav'> | undefined, next: Omit<PlacedIssue, 'nav'> | undefined): SiteNav {
  const self = issue as PlacedIssue;
  const links: SiteNavLink[] = [
    { href: '../index.html', label: SITE_WORDS.home, rel: 'home' },
    { href: 'index.html', label: `${issue.year}年`, rel: 'up' },
    ...(previous ? [{ href: linkFrom(self, previous as PlacedIssue), label: `${SITE_WORDS.previous}：${issueLabel(previous)}`, rel: 'prev' }] : []),
    ...(next ? [{ href: linkFrom(self, next as PlacedIssue), label: `${SITE_WORDS.next}：${issueLabel(next)}`, rel: 'next' }] : []),
    { href: `${issue.name}.pdf`, label: SITE_WORDS.pdf, rel: 'alternate', type: 'application/pdf' },
    { href: '../search/index.html', label: SITE_WORDS.search, rel: 'search' },
  ];
  return { label: SITE_WORDS.navLabel, links };
}

/**
 * Reads every issue's numbers (front matter and bulletin.yaml only, not the body) and puts the
 * issues in publication order, by year, then issue number, then file: each page's neighbours are
 * known before any page is built, so shards build pages that agree.
 *
 * @param files Absolute paths of the archive's issues.
 */
export async function planSite(files: readonly string[]): Promise<SitePlan> {
  const unplaced: { file: string; diagnostics: readonly Diagnostic[] }[] = [];
  const placed: (Omit<PlacedIssue, 'nav'> & { siteUrl?: string })[] = [];
  for (const file of files) {
    const read = await readIssueMeta(file);
    if (!read.meta) {
      unplaced.push({ file, diagnostics: read.diagnostics });
      continue;
    }
    const { year, issue, serial, siteUrl } = read.meta;
    placed.push({ file, year, issue, ...(serial !== undefined ? { serial } : {}), folder: String(year), name: path.basename(file, path.extname(file)), ...(siteUrl ? { siteUrl } : {}) });
  }
  placed.sort((a, b) => a.year - b.year || a.issue - b.issue || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const issues = placed.map(({ siteUrl: _url, ...p }, i) => ({ ...p, nav: navOf(p, placed[i - 1], placed[i + 1]) }));
  const siteUrl = placed.at(-1)?.siteUrl;
  return { issues, unplaced, ...(siteUrl ? { siteUrl } : {}) };
}
