/** One embedded font: its CSS family name and its WOFF2 bytes. */
export interface EmbeddedFace {
  readonly family: string;
  readonly woff2: Uint8Array;
  /** Characters the page must not take from this font (optional): left out of its `unicode-range`. */
  readonly givenUp?: string;
}

const hex = (cp: number): string => cp.toString(16).toUpperCase();

/**
 * A CSS `unicode-range` of every code point but `chars`: `U+0-B6, U+B8-2017, …`.
 *
 * @param chars The characters to leave out.
 */
export function unicodeRangeWithout(chars: string): string {
  const cps = [...new Set([...chars].map((ch) => ch.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const ranges: string[] = [];
  let from = 0;
  for (const cp of cps) {
    if (cp > from) ranges.push(cp - 1 === from ? `U+${hex(from)}` : `U+${hex(from)}-${hex(cp - 1)}`);
    from = cp + 1;
  }
  if (from <= 0x10ffff) ranges.push(from === 0x10ffff ? `U+${hex(from)}` : `U+${hex(from)}-10FFFF`);
  return ranges.join(', ');
}

/**
 * `@font-face` rules with each font inline as a WOFF2 `data:` URL, so the page loads nothing
 * from anywhere. `font-display: block` keeps the browser from painting (or printing) text in a
 * fallback font while the font decodes. A face that gives characters up to a later font of the
 * stack (planFonts) declares a `unicode-range` without them.
 *
 * @param faces The fonts, as subset for this page.
 * @returns CSS text.
 */
export function fontFaceCss(faces: readonly EmbeddedFace[]): string {
  return faces
    .map((f) => {
      const src = `url(data:font/woff2;base64,${Buffer.from(f.woff2.buffer, f.woff2.byteOffset, f.woff2.byteLength).toString('base64')}) format("woff2")`;
      const range = f.givenUp ? ` unicode-range: ${unicodeRangeWithout(f.givenUp)};` : '';
      return `@font-face { font-family: "${f.family.replace(/["\\]/g, '')}"; src: ${src}; font-weight: 400; font-style: normal; font-display: block;${range} }`;
    })
    .join('\n');
}
