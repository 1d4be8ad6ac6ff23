import { h } from 'hastscript';
import { listingPage } from './listingPages.js';
import { SITE_WORDS } from './siteWords.js';

// The search page is the site's only page that runs a script: its own search.js and Pagefind's
// bundle, both from the site's folder (same origin). Pagefind fetches its index and runs its
// WebAssembly, hence connect-src and 'wasm-unsafe-eval'; nothing else is allowed.
const SEARCH_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'self'";

/** The search page, `search/index.html`. */
export function searchPage(title: string, fontCss = ''): string {
  const page = listingPage(`${title} ${SITE_WORDS.searchTitle}`, title, '../', [
    h('section', { className: ['search'] }, [
      h('h2', SITE_WORDS.searchTitle),
      h('noscript', SITE_WORDS.searchNoScript),
      // Said until the script runs: from file:// the browser loads no module script at all.
      h('p', { id: 'status', role: 'status', dataOffline: SITE_WORDS.searchOffline, dataNone: SITE_WORDS.searchNone, dataFound: SITE_WORDS.searchFound }, SITE_WORDS.searchOffline),
      h('ol', { id: 'results', className: ['issues'] }),
    ]),
  ], fontCss, [h('script', { type: 'module', src: 'search.js' })]);
  return page.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${SEARCH_CSP}">`);
}

/**
 * `search/search.js`: reads `?q=` (the search form of every listing page), asks Pagefind, lists
 * each issue found with its excerpt. Pagefind loads on the first search. Its result URLs are
 * from the site's root (`/2014/2014-04.html`); made relative here, so the site works in any folder.
 * Excerpts are rebuilt as text and `mark` elements: nothing of the index becomes markup.
 */
export const SEARCH_SCRIPT = `const form = document.querySelector('nav.site form');
const input = form.querySelector('input[name=q]');
const status = document.getElementById('status');
const list = document.getElementById('results');
let pagefind;

function excerpt(html) {
  const p = document.createElement('p');
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  for (const node of parsed.childNodes) {
    if (node.nodeName === 'MARK') p.append(Object.assign(document.createElement('mark'), { textContent: node.textContent }));
    else p.append(node.textContent);
  }
  return p;
}

async function run(query) {
  list.replaceChildren();
  status.textContent = '';
  if (!query) return;
  try {
    pagefind ??= await import('../pagefind/pagefind.js');
    await pagefind.options({ baseUrl: '/' });
  } catch {
    status.textContent = status.dataset.offline;
    return;
  }
  const found = await pagefind.search(query);
  const pages = await Promise.all(found.results.map((r) => r.data()));
  status.textContent = pages.length === 0 ? status.dataset.none : status.dataset.found.replace('{n}', String(pages.length));
  for (const page of pages) {
    const link = Object.assign(document.createElement('a'), { href: '..' + page.url, textContent: page.meta.title ?? page.url });
    link.className = 'page';
    const item = document.createElement('li');
    item.append(link, excerpt(page.excerpt));
    list.append(item);
  }
}

const query = new URLSearchParams(location.search).get('q') ?? '';
input.value = query;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
  void run(input.value.trim());
});
void run(query.trim());
`;
