/** Messages of linear-cost setting: fields too long for their place, text too long to set (issue 10). */
export const linear = {
  'linear.masthead-field-too-wide': (p: { field: string; chars: number; shown: number }) =>
    `front matter field "${p.field}" (${p.chars} characters) is too wide for its line in the masthead, even set tight: only its first ${p.shown} characters are printed`,
  'linear.masthead-field-too-wide-hint': () => 'shorten it: the masthead sets it on one line',
  'linear.too-many-sponsors': (p: { count: number; fit: number }) =>
    `${p.count} sponsors do not fit in the masthead of the first page: only the first ${p.fit} are printed`,
  'linear.too-many-sponsors-hint': () => 'list fewer sponsors, or name them in the text',
  'linear.paragraph-too-long': (p: { chars: number; limit: number }) =>
    `this paragraph has ${p.chars} characters; bulletin sets at most ${p.limit} in one paragraph`,
  'linear.paragraph-too-long-hint': () => 'split it into paragraphs with blank lines',
  'linear.colophon-too-long': (p: { lines: number; fit: number }) =>
    `the colophon takes ${p.lines} lines, but the last page holds ${p.fit}`,
  'linear.colophon-too-long-hint': () => 'shorten the distribution lists or the secretariat fields',
  'linear.figure-too-tall': (p: { lines: number; fit: number }) =>
    `this picture with its caption takes ${p.lines} lines, but a page holds ${p.fit}`,
  'linear.figure-too-tall-hint': () => 'shorten the caption (the text in the brackets of ![…](…))',
} satisfies Record<string, (p: never) => string>;
