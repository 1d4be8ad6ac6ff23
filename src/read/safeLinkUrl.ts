/**
 * The schemes a link may use, in the PDF and in the HTML page alike: web and mail addresses.
 * `javascript:`, `vbscript:`, `data:`, `file:` and the rest could run code or reach the reader's
 * files when clicked; the HTML sanitiser takes its list from here.
 */
export const LINK_PROTOCOLS: readonly string[] = ['http', 'https', 'mailto'];

/**
 * The link target to write, or `undefined` when it must be dropped. Relative targets (no colon
 * before the first `/`, `?` or `#`, as hast-util-sanitize decides) are kept as they are; a
 * scheme is compared without case and written in lower case, so the HTML sanitiser (which
 * compares with case) keeps what the PDF keeps.
 *
 * @param url The target as the parser gives it (already percent-encoded).
 * @returns The target, or `undefined` for a scheme outside {@link LINK_PROTOCOLS}.
 */
export function safeLinkUrl(url: string): string | undefined {
  const colon = url.indexOf(':');
  const before = colon < 0 ? '' : url.slice(0, colon);
  if (colon < 0 || /[/?#]/.test(before)) return url;
  const scheme = before.toLowerCase();
  return LINK_PROTOCOLS.includes(scheme) ? scheme + url.slice(colon) : undefined;
}

/** The scheme of a target {@link safeLinkUrl} refuses, shortened for a message. */
export function schemeOf(url: string): string {
  const scheme = url.slice(0, Math.max(0, url.indexOf(':')));
  return scheme.length > 20 ? `${scheme.slice(0, 19)}…` : scheme;
}
