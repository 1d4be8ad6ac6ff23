/** Messages of the shaper: the summary of characters no font has, past those listed one by one. */
export const shaper = {
  'shaper.missing-glyphs-more': (p: { count: number; limit: number }) =>
    `${p.count} more characters that no font has are not listed one by one (only the first ${p.limit} are); they print as empty boxes`,
  'shaper.missing-glyphs-more-hint': () =>
    'install a font that covers them and name it in `fonts:` or with --font-path; so many usually means the file is not the text meant (another encoding, or binary data)',
};
