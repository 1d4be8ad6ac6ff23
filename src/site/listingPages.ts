import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { IssueSummary } from '../build/issueSummary.js';
import { LISTING_FAMILY } from './listingFont.js';
import { dateLabel, fill, issueLabel, SITE_WORDS } from './siteWords.js';

/** An issue as the listing shows it: its summary and its page's path from the site's root. */
export interface ListedIssue {
  readonly summary: IssueSummary;
  /** The year folder and file name: `2014`, `2014-04`. */
  readonly folder: string;
  readonly name: string;
}

// The listing pages run no script and load nothing: their font is inline (listingFont.ts), as are their styles.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'self'";

const CSS = [
  `html { background: #f2f2f2; } body { box-sizing: border-box; max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; background: #fff; font: 16px/1.7 ${LISTING_FAMILY}, serif; color: #111; line-break: strict; }`,
  'header h1 { margin: .5rem 0 0; color: #c00; font-size: 2rem; letter-spacing: .1em; text-align: center; font-weight: normal; }',
  'header p { margin: 0 0 1rem; text-align: center; }',
  'nav.site { display: flex; flex-wrap: wrap; gap: .25rem 1.2rem; font-size: .9rem; } nav.site form { margin-inline-start: auto; }',
  'h2 { margin: 1.5rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid #c00; font-size: 1.2rem; }',
  'ol.issues { list-style: none; margin: 0; padding: 0; } ol.issues > li { margin: 0 0 1rem; }',
  '.issue-head { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: baseline; } .issue-head a.page { font-weight: bold; } .issue-head time { color: #555; font-size: .9rem; }',
  'ul.titles { margin: .2rem 0 0; padding-inline-start: 1.5em; font-size: .95rem; } ul.titles li { margin: 0; }',
  'a { color: #0645ad; } a:visited { color: #551a8b; }',
  'input[type=search], button { font: inherit; } input[type=search] { width: 10em; }',
].join('\n');

/** What the listing says an issue holds: its articles, else its sections. */
function titles(s: IssueSummary): readonly string[] {
  return s.articles.length > 0 ? s.articles : s.sections;
}

/** One issue's entry: its name linking to its page, its date, its PDF, its titles. */
function issueEntry(issue: ListedIssue, root: string): Element {
  const page = `${root}${issue.folder}/${issue.name}`;
  const list = titles(issue.summary);
  return h('li', [
    h('div', { className: ['issue-head'] }, [
      h('a', { className: ['page'], href: `${page}.html` }, issueLabel(issue.summary)),
      h('time', { dateTime: issue.summary.date }, dateLabel(issue.summary.date)),
      h('a', { className: ['pdf'], href: `${page}.pdf`, type: 'application/pdf' }, SITE_WORDS.pdf),
    ]),
    ...(list.length > 0 ? [h('ul', { className: ['titles'] }, list.map((t) => h('li', t)))] : []),
  ]);
}

function siteNav(root: string): Element {
  return h('nav', { className: ['site'] }, [
    h('a', { href: `${root}index.html` }, SITE_WORDS.home),
    h('a', { href: `${root}feed.xml`, type: 'application/atom+xml' }, SITE_WORDS.feed),
    h('form', { action: `${root}search/index.html`, method: 'get', role: 'search' }, [
      h('input', { type: 'search', name: 'q', ariaLabel: SITE_WORDS.search, placeholder: SITE_WORDS.searchPlaceholder }),
      ' ',
      h('button', { type: 'submit' }, SITE_WORDS.searchButton),
    ]),
  ]);
}

/** A whole listing page. `root` leads from the page to the site's root (`''` or `../`). */
export function listingPage(pageTitle: string, heading: string, root: string, content: readonly ElementContent[], fontCss: string, extraHead: readonly Element[] = []): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'zh-CN' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: CSP }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', pageTitle),
          h('link', { rel: 'alternate', type: 'application/atom+xml', href: `${root}feed.xml`, title: SITE_WORDS.feed }),
          ...extraHead,
          h('style', fontCss ? `${fontCss}\n${CSS}` : CSS),
        ]),
        h('body', [h('header', [siteNav(root), h('h1', heading)]), h('main', [...content])]),
      ]),
    ],
  };
  return toHtml(tree) + '\n';
}

/** Newest first: by date, then year and issue. */
export function newestFirst(issues: readonly ListedIssue[]): ListedIssue[] {
  return [...issues].sort((a, b) => (a.summary.date < b.summary.date ? 1 : a.summary.date > b.summary.date ? -1 : b.summary.year - a.summary.year || b.summary.issue - a.summary.issue));
}

/** The years, newest first, each with its issues newest first. */
function byYear(issues: readonly ListedIssue[]): [number, ListedIssue[]][] {
  const years = new Map<number, ListedIssue[]>();
  for (const issue of newestFirst(issues)) {
    const list = years.get(issue.summary.year) ?? [];
    list.push(issue);
    years.set(issue.summary.year, list);
  }
  return [...years].sort(([a], [b]) => b - a);
}

/** The home page: the title, the latest issue, then every issue by year. */
export function homePage(title: string, issues: readonly ListedIssue[], fontCss = ''): string {
  const sorted = newestFirst(issues);
  const latest = sorted[0];
  const content: Element[] = [
    ...(latest ? [h('section', { className: ['latest'] }, [h('h2', SITE_WORDS.latest), h('ol', { className: ['issues'] }, [issueEntry(latest, '')])])] : []),
    ...byYear(issues).map(([year, list]) =>
      h('section', { className: ['year'], id: `y${year}` }, [h('h2', [h('a', { href: `${year}/index.html` }, `${year}年`)]), h('ol', { className: ['issues'] }, list.map((i) => issueEntry(i, '')))]),
    ),
  ];
  return listingPage(title, title, '', content, fontCss);
}

/** A year's page: its issues, newest first. */
export function yearPage(title: string, year: number, issues: readonly ListedIssue[], fontCss = ''): string {
  const list = newestFirst(issues.filter((i) => i.summary.year === year));
  const heading = fill(SITE_WORDS.issuesOfYear, { year });
  return listingPage(`${title} ${heading}`, title, '../', [h('section', { className: ['year'] }, [h('h2', heading), h('ol', { className: ['issues'] }, list.map((i) => issueEntry(i, '../')))])], fontCss);
}
