/** Messages about the list of diagnostics itself. */
export const diagnostics = {
  'diagnostics.more-of-rule': (p: { count: number; rule: string }) =>
    `${p.count} more ${p.count === 1 ? 'problem' : 'problems'} of this kind (${p.rule}) from here on are not listed one by one`,
  'diagnostics.more-of-rule-hint': () => 'fix the ones listed and build again to see the rest',
} satisfies Record<string, (p: never) => string>;
