/** One embedded font: its CSS family name and its WOFF2 bytes. */
export interface EmbeddedFace {
  readonly family: string;
  readonly woff2: Uint8Array;
}

/**
 * `@font-face` rules with each font inline as a WOFF2 `data:` URL, so the page loads nothing
 * from anywhere. `font-display: block` keeps the browser from painting (or printing) text in a
 * fallback font while the font decodes.
 *
 * @param faces The fonts, as subset for this page.
 * @returns CSS text.
 */
export function fontFaceCss(faces: readonly EmbeddedFace[]): string {
  return faces
    .map((f) => {
      const src = `url(data:font/woff2;base64,${Buffer.from(f.woff2.buffer, f.woff2.byteOffset, f.woff2.byteLength).toString('base64')}) format("woff2")`;
      return `@font-face { font-family: "${f.family.replace(/["\\]/g, '')}"; src: ${src}; font-weight: 400; font-style: normal; font-display: block; }`;
    })
    .join('\n');
}
