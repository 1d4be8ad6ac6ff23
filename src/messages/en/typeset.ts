/** Messages of typesetting: marks typed in Chinese text, words wider than the line. */
export const typeset = {
  'typeset.half-width-mark': (p: { mark: string }) => `half-width "${p.mark}" in Chinese text`,
  'typeset.half-width-mark-hint': (p: { full: string }) => `use the full-width mark "${p.full}"`,
  'typeset.straight-quote': (p: { mark: string }) => `straight quote ${p.mark} in Chinese text`,
  'typeset.straight-quote-hint': (p: { full: string }) => `use the Chinese quotation mark "${p.full}"`,
  'typeset.space-between-han': () => 'space between two Han characters',
  'typeset.space-between-han-hint': () => 'delete it; if a gap is meant, type a full-width space "　"',
  'typeset.long-word': (p: { word: string }) => `"${p.word}" is wider than the line and is broken inside`,
  'typeset.long-word-hint': () => 'shorten it, or put a space where it may break',
} satisfies Record<string, (p: never) => string>;
