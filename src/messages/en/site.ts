/** Messages of `bulletin site` (issue 11). */
export const site = {
  'site.description': () => 'build a static website of an archive: issue pages and PDFs, home and year pages, Atom feed, sitemap, search',
  'site.archive': () => 'the archive: a folder of issues (or issue files)',
  'site.option-out-dir': () => 'the site’s folder (required)',
  'site.option-base-url': () => 'where the site is published, e.g. https://example.org/bulletin/: absolute links in the feed, and a sitemap.xml',
  'site.option-shard': () => 'build only the k-th of n parts of the issue pages; a last run without --shard lists them and makes the search index',
  'site.examples': () => `
Examples:
  $ bulletin site archive -o public                          the whole site in public/
  $ bulletin site archive -o public --base-url https://example.org/bulletin/
                                                             with absolute feed links and a sitemap.xml
  $ bulletin site archive -o public --shard 2/3              the 2nd of 3 parts of the issue pages (CI matrix)
  $ bulletin site archive -o public                          then: listing pages, feed and search over them all
`,
  'site.required-option': (p: { option: string }) => `required option '${p.option}' not specified`,
  'site.bad-base-url': () => 'expected an absolute http:// or https:// URL, e.g. https://example.org/bulletin/.',
  'site.no-base-url': () =>
    'no --base-url: the feed’s links are relative (resolved against the feed’s own address) and no sitemap.xml was written (a sitemap must list absolute URLs)',
  'site.page-clash': (p: { first: string; second: string; page: string }) => `${p.first} and ${p.second} would both be the page ${p.page}: rename one`,
  'site.search-error': (p: { message: string }) => `search index (Pagefind): ${p.message}`,
  'site.done': (p: { dir: string; issues: number; written: number }) => `site in ${p.dir}: ${p.issues} ${p.issues === 1 ? 'issue' : 'issues'} listed, ${p.written} of its own pages written`,
  'site.indexed': (p: { pages: number }) => `search index made of ${p.pages} ${p.pages === 1 ? 'page' : 'pages'}`,
  'site.index-stands': () => 'search index up to date',
  'site.shard-done': (p: { index: number; count: number }) =>
    `part ${p.index}/${p.count} of the issue pages done; run bulletin site without --shard over the same folder to list them and make the search index`,
} satisfies Record<string, (p: never) => string>;
