/** Messages about the limits on input: picture files, nesting depth, link targets. */
export const limits = {
  'limits.blocks-too-deep': (p: { limit: number }) => `block quotes and lists are nested more than ${p.limit} levels deep here`,
  'limits.inlines-too-deep': (p: { limit: number }) => `emphasis, strikethrough and links are nested more than ${p.limit} levels deep here`,
  'limits.indent-too-deep': (p: { limit: number }) =>
    `block quotes and lists are nested too deeply here (more than ${p.limit} levels; 2 columns of indentation count as one level)`,
  'limits.emphasis-run': (p: { limit: number }) => `emphasis marks are nested more than ${p.limit} levels deep here`,
  'limits.nesting-hint': () => 'flatten the structure: a bulletin rarely needs more than three levels',
} satisfies Record<string, (p: never) => string>;
