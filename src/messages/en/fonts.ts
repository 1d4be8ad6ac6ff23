/** Messages about fonts: finding them, opening them, and the --fonts/--font-path flags. */
export const fonts = {
  'fonts.not-found': (p: { font: string; role: string }) => `font "${p.font}" for the ${p.role} role is not installed; using the next font of the chain`,
  'fonts.not-found-hint': () =>
    'name an installed font by its family name (as the font calls itself, in Chinese or English), its file name, or a path to the file; a folder of fonts can be given with --font-path (`bulletin fonts` shows what each role resolved to)',
  'fonts.not-a-file': (p: { file: string; role: string }) => `font file ${p.file} for the ${p.role} role is not a regular file; using the next font of the chain`,
  'fonts.too-large': (p: { file: string; role: string; limit: number }) =>
    `font file ${p.file} for the ${p.role} role is larger than ${p.limit} MB; using the next font of the chain`,
  'fonts.not-a-font': (p: { file: string; role: string }) =>
    `${p.file} for the ${p.role} role is not a font bulletin can read (TrueType or OpenType, .ttf/.otf/.ttc); using the next font of the chain`,
  'fonts.unreadable': (p: { file: string; role: string }) => `cannot read the font file ${p.file} for the ${p.role} role; using the next font of the chain`,
  'fonts.file-hint': () => 'name a .ttf, .otf or .ttc font file, or the font’s family name',
  'fonts.option-fonts': () => 'which fonts to use: "bundled" (only those shipped with bulletin: the same glyphs on every machine) or "installed" (default)',
  'fonts.option-font-path': () => 'a folder of fonts to search first (repeatable)',
  'fonts.font-path-missing': (p: { path: string }) => `--font-path ${p.path}: no such folder`,
  'fonts.font-path-not-folder': (p: { path: string }) => `--font-path ${p.path}: not a folder`,
  'fonts.changed': (p: { file: string }) => `font file ${p.file} changed or disappeared while the issue was being built, and cannot be used now`,
  'fonts.changed-hint': () => 'put the font file back (or choose another font) and build again',
} satisfies Record<string, (p: never) => string>;
