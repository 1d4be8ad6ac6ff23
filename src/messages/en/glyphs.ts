/** Messages about characters that no font has (the build's warning and `bulletin check`'s). */
export const glyphs = {
  'glyphs.missing': (p: { char: string; hex: string }) => `no font has the character "${p.char}" (U+${p.hex}); it prints as an empty box`,
  /** `lines` is the list of the other lines, `count` how many there are. */
  'glyphs.missing-also': (p: { char: string; hex: string; lines: string; count: number }) =>
    `no font has the character "${p.char}" (U+${p.hex}); it prints as an empty box (also on line${p.count > 1 ? 's' : ''} ${p.lines})`,
  'glyphs.missing-hint': () => 'install a font that covers it and name it in `fonts:` or with --font-path, or write another character',
} satisfies Record<string, (p: never) => string>;
