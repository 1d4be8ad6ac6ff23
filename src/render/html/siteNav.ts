import type { Element } from 'hast';
import { h } from 'hastscript';

// The links `bulletin site` puts atop each issue's page (issue 11). Kept apart from the issue's own
// markup and styles: a page built without them is the page `build -f html` has always made.

/** One link of the navigation: a relative URL and its words. */
export interface SiteNavLink {
  /** Relative to the page (`../index.html`, `2014-05.html`): the site works from any folder and from file://. */
  readonly href: string;
  readonly label: string;
  /** The link's relation (`prev`, `next`, `up`, `home`, `alternate`), when it has one. */
  readonly rel?: string;
  /** The media type of what it leads to (`application/pdf`), when not a page. */
  readonly type?: string;
}

/** The navigation of a page of the site: plain data, so it crosses to a worker thread and into the manifest's settings hash. */
export interface SiteNav {
  /** The `nav` element's accessible name (往期导航). */
  readonly label: string;
  readonly links: readonly SiteNavLink[];
}

/** The class of the navigation: the search index leaves it out (its words belong to other issues). */
export const SITE_NAV_CLASS = 'site-nav';

/** The `nav` element atop the page. */
export function siteNavToHast(nav: SiteNav): Element {
  return h(
    'nav',
    { className: [SITE_NAV_CLASS], ariaLabel: nav.label },
    nav.links.map((link) => h('a', { href: link.href, ...(link.rel ? { rel: [link.rel] } : {}), ...(link.type ? { type: link.type } : {}) }, link.label)),
  );
}

/** Its styles: one line of small links above the masthead on screen; not printed. */
export const SITE_NAV_CSS = [
  `.${SITE_NAV_CLASS} { display: flex; flex-wrap: wrap; gap: .25em 1.2em; margin: 0 0 12pt; font-size: 10.5pt; line-height: 1.6; }`,
  `.${SITE_NAV_CLASS} a { white-space: nowrap; }`,
  `@media print { .${SITE_NAV_CLASS} { display: none; } }`,
].join('\n');
