import type { Element } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { LINK_PROTOCOLS } from '../../read/safeLinkUrl.js';

/**
 * What the page body may hold: the elements bulletin makes and nothing else, classes, link
 * targets over http(s)/mailto or relative (`#fn-1` too), `rel`, and the ids and ARIA labels of
 * the contents, article titles and footnotes (bulletin makes them; none comes from the text). Everything absent here is removed: scripts
 * and styles with their content, any other element keeping only its text, every other attribute
 * (so no event handlers, no `style`). A `javascript:` or `data:` link loses its href; an image
 * whose src is not a `data:` URL loses its src.
 */
const SCHEMA: Schema = {
  tagNames: [
    ...['body', 'header', 'nav', 'main', 'article', 'section', 'footer', 'h1', 'h2', 'h3', 'h4', 'p', 'blockquote', 'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'div'],
    ...['span', 'strong', 'em', 'code', 'pre', 'a', 'br', 'hr', 'time', 'sup', 'figure', 'figcaption', 'img'],
    ...['table', 'colgroup', 'col', 'thead', 'tbody', 'tr', 'th', 'td'],
  ],
  attributes: {
    '*': ['className'],
    a: ['href', 'rel', 'id', 'ariaLabel'],
    h1: ['id'],
    h2: ['id'],
    li: ['id'],
    nav: ['ariaLabelledBy'],
    section: ['ariaLabel'],
    th: ['scope'],
    col: ['width'],
    img: ['src', 'alt', 'width', 'height'],
    ol: ['start'],
    time: ['dateTime'],
  },
  // Images are embedded by bulletin itself: a src that is not a data: URL would be a request.
  protocols: { href: [...LINK_PROTOCOLS], src: ['data'] },
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript'],
  ancestors: {},
  required: {},
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

/**
 * Sanitises the page body (issue 4: no script, event handlers, iframes or remote resources).
 * The body is built from the document model, so this is a second line of defence: it guarantees
 * the property whatever a future model or builder lets through.
 *
 * @param body The `body` element as built.
 * @returns A new, safe `body` element.
 */
export function sanitizeBody(body: Element): Element {
  const clean = sanitize(body, SCHEMA);
  if (clean.type !== 'element' || clean.tagName !== 'body') throw new Error('sanitising the HTML body did not return a body element');
  return clean;
}
