import { createHash } from 'node:crypto';
import { newestFirst, type ListedIssue } from './listingPages.js';
import { issueLabel } from './siteWords.js';

/** How many of the latest issues the feed holds. */
export const FEED_ENTRIES = 20;

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A name-based UUID (RFC 9562 §5.5, SHA-1) of `name`: an `atom:id` that is an absolute IRI with
 * or without a base URL, stays the same when the site moves (RFC 4287 §4.2.6 asks ids never to
 * change), and needs no date or domain as a `tag:` URI would.
 */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(name).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The Atom feed (RFC 4287) of the latest issues, newest first. With a base URL every link is
 * absolute; without one the links are relative references, which RFC 4287 §2 allows (resolved
 * against the feed's own URL, as feed readers do), and the ids are UUIDs either way. Dates are the
 * issues' own, so the same archive gives the same bytes.
 *
 * @param title The bulletin's title.
 * @param issues Every issue of the site.
 * @param baseUrl The site's URL, ending in `/` (optional).
 */
export function atomFeed(title: string, issues: readonly ListedIssue[], baseUrl?: string): string {
  const latest = newestFirst(issues).slice(0, FEED_ENTRIES);
  const url = (p: string): string => xml(`${baseUrl ?? ''}${p}`);
  const updated = (latest[0]?.summary.date ?? '1970-01-01') + 'T00:00:00Z';
  const entries = latest.map((i) => {
    const s = i.summary;
    const page = `${i.folder}/${i.name}`;
    const titles = s.articles.length > 0 ? s.articles : s.sections;
    return [
      '  <entry>',
      `    <id>${nameUuid(`bulletin:${s.title}:${s.year}:${s.issue}`)}</id>`,
      `    <title>${xml(`${s.title} ${issueLabel(s)}`)}</title>`,
      `    <updated>${s.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${url(`${page}.html`)}"/>`,
      `    <link rel="enclosure" type="application/pdf" href="${url(`${page}.pdf`)}"/>`,
      ...(titles.length > 0 ? [`    <summary>${xml(titles.join('；'))}</summary>`] : []),
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">`,
    `  <id>${nameUuid(`bulletin:${title}`)}</id>`,
    `  <title>${xml(title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(title)}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${url('index.html')}"/>`,
    ...(baseUrl !== undefined ? [`  <link rel="self" type="application/atom+xml" href="${url('feed.xml')}"/>`] : []),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/**
 * The sitemap (sitemaps.org protocol 0.9), which must list absolute URLs: made only with a base
 * URL. Each page's `lastmod` is its issue's date; listing pages take the latest issue's.
 *
 * @param issues Every issue of the site.
 * @param years The years that have a page.
 * @param baseUrl The site's URL, ending in `/`.
 */
export function sitemap(issues: readonly ListedIssue[], years: readonly number[], baseUrl: string): string {
  const latest = newestFirst(issues)[0]?.summary.date;
  const entry = (p: string, date: string | undefined): string => `  <url><loc>${xml(baseUrl + p)}</loc>${date ? `<lastmod>${date}</lastmod>` : ''}</url>`;
  const lastOfYear = (year: number): string | undefined => newestFirst(issues.filter((i) => i.summary.year === year))[0]?.summary.date;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    entry('index.html', latest),
    ...years.map((y) => entry(`${y}/index.html`, lastOfYear(y))),
    ...issues.map((i) => entry(`${i.folder}/${i.name}.html`, i.summary.date)),
    '</urlset>',
    '',
  ].join('\n');
}
