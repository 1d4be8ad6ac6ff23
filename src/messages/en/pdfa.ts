/** Messages of the archival PDF (--pdfa). */
export const pdfa = {
  'pdfa.option': () => 'archival PDF: PDF/A-2u, structure tagged for screen readers, sRGB colours (recommended for the archive)',
} satisfies Record<string, (p: never) => string>;
