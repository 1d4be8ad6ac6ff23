/** Messages of the archival PDF (--pdfa). */
export const pdfa = {
  'pdfa.cmyk-picture': (p: { name: string }) => `the picture ${p.name} is a CMYK JPEG, which an archival PDF (PDF/A, sRGB) cannot hold`,
  'pdfa.cmyk-picture-hint': () => 'save it as an RGB JPEG or a PNG (in an image editor: Image › Mode › RGB), or build without --pdfa',
  'pdfa.option': () => 'archival PDF: PDF/A-2u, structure tagged for screen readers, sRGB colours (recommended for the archive)',
} satisfies Record<string, (p: never) => string>;
