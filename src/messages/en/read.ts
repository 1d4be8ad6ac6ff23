/**
 * Messages of reading an issue: front matter and bulletin.yaml, the Markdown body, pictures.
 *
 * `label` names where a value was written: `front matter`, `bulletin.yaml` or `option`.
 * `found` is a value as describeValue gives it (`"four"`, `4.5`, `empty`, `a list`).
 * `reason` is a short English reason (`permission denied`) or the system's own message.
 */
export const read = {
  'read.yaml-syntax': (p: { label: string; detail: string; code: string }) => `${p.label} is not valid YAML: ${p.detail}`,
  'read.yaml-syntax-hint': () => 'each line is `field: value`; quote values that contain `: ` or start with a special character',
  'read.missing-field': (p: { label: string; field: string }) => `${p.label} field "${p.field}" is missing`,
  'read.missing-title-hint': () =>
    'title and sponsors usually live in bulletin.yaml beside the issues (or in a parent folder), e.g. `title: 金桥会议传真`',
  'read.missing-sponsors-hint': () =>
    'title and sponsors usually live in bulletin.yaml beside the issues (or in a parent folder), e.g. `sponsors: [上海产业技术研究院]`',
  'read.missing-issue-hint': () =>
    'add the issue number to the front matter, e.g. `issue: 4` (title and sponsors usually live in bulletin.yaml)',
  'read.missing-date-hint': () =>
    'add the issue date to the front matter, e.g. `date: 2014-10-17` (title and sponsors usually live in bulletin.yaml)',
  'read.missing-secretariat-name-hint': () =>
    'the colophon starts with the secretariat’s name, e.g. `name: “金桥产业技术创新会议” 秘书组`',
  'read.not-a-mapping': (p: { label: string; found: string }) => `${p.label} must be a mapping of fields, not ${p.found}`,
  'read.not-a-mapping-hint': () => 'write one `field: value` per line, e.g. `issue: 4`',
  'read.unknown-field': (p: { label: string; field: string }) => `unknown ${p.label} field "${p.field}"`,
  /** `parent` is '' for the top level. */
  'read.known-fields-hint': (p: { parent: string; known: string }) =>
    `known fields${p.parent !== '' ? ` of "${p.parent}"` : ''}: ${p.known}`,
  'read.did-you-mean': (p: { suggestion: string }) => `did you mean \`${p.suggestion}\`?`,
  'read.invalid-value': (p: { label: string; field: string; found: string }) =>
    `${p.label} field "${p.field}" must be ${expected[p.field] ?? 'valid'}, not ${p.found}`,
  /** `item` counts from 1. */
  'read.invalid-item': (p: { label: string; field: string; item: number; found: string }) =>
    `${p.label} field "${p.field}" item ${p.item} must be ${items[p.field] ?? 'valid'}, not ${p.found}`,
  'read.example-hint': (p: { example: string }) => `for example \`${p.example}\``,
  'read.duplicate-footnote': (p: { label: string; line: number }) =>
    `footnote [^${p.label}] is defined again; the definition on line ${p.line} is used`,
  'read.duplicate-footnote-hint': (p: { label: string }) => `give this note its own label, e.g. \`[^${p.label}b]\`, or delete one of the two`,
  /** `block` is a block kind: block quote, list, code block, rule, figure, table, block. */
  'read.footnote-content': (p: { block: string }) => `a footnote holds paragraphs only; this ${p.block} is left out`,
  'read.footnote-content-hint': () => 'move it into the body, or write it as a sentence of the note',
  'read.unused-footnote': (p: { label: string }) => `footnote [^${p.label}] is never called; it is left out`,
  'read.unused-footnote-hint': (p: { label: string }) => `write \`[^${p.label}]\` where the note belongs, or delete the definition`,
  'read.undefined-footnote': (p: { label: string }) => `footnote [^${p.label}] is called but never defined`,
  'read.undefined-footnote-hint': (p: { label: string }) =>
    `add the note’s text on a line of its own, usually at the end of the issue: \`[^${p.label}]: 资料来源：…\``,
  'read.heading-depth': (p: { depth: number; marks: string }) =>
    `a level ${p.depth} heading (${p.marks}) is deeper than the template's four levels; it is set as level 4`,
  'read.heading-depth-hint': () => 'use `####` for the lowest heading level (1. 2. 3.)',
  'read.heading-number-back': (p: { found: string; expected: string }) =>
    `heading number "${p.found}" repeats or goes back: expected "${p.expected}"`,
  'read.heading-number-ahead': (p: { found: string; expected: string }) =>
    `heading number "${p.found}" skips ahead: expected "${p.expected}"`,
  'read.heading-number-hint': () => 'renumber the headings, or remove their numbers and let `numbering: auto` add them',
  'read.inline-image': () => 'an image among other text is left out: only an image alone in its paragraph is set, as a figure',
  'read.inline-image-hint': () => 'put the image in a paragraph of its own, with a blank line before and after it',
  'read.table-extra-cells': (p: { cells: number; columns: number }) =>
    `this row has ${p.cells} cells but the table has ${p.columns} columns; the cells from here on are left out`,
  'read.table-extra-cells-hint': () => 'add the column to the header row and the delimiter row (`|---|`), or remove the extra cells',
  'read.editors-note-content': () => 'an editor’s note holds paragraphs only; this block is left out',
  'read.raw-html': (p: { html: string }) => `raw HTML is left out of the PDF: ${p.html}`,
  'read.raw-html-hint': () => 'write it in Markdown instead; the HTML page is sanitised, so raw HTML does not appear there either',
  'read.unsupported-checkbox': () => 'task list checkboxes are not supported yet; this one is left out',
  'read.unsupported-node': (p: { type: string }) => `${p.type} nodes are not supported yet; this one is left out`,
  'read.image-no-name': () => 'an image has no file name',
  'read.image-no-name-hint': () => 'write the file name in the brackets, e.g. `![会场](photo.jpg)`',
  'read.image-web': (p: { name: string }) => `image "${p.name}" is on the web; bulletin does not download anything while building`,
  'read.image-web-hint': () => 'download the picture into the issue’s folder and write its file name, e.g. `![会场](photo.jpg)`',
  'read.image-bad-file-url': (p: { name: string }) => `image "${p.name}" is not a valid file: URL`,
  'read.image-bad-file-url-hint': () => 'write a path relative to the issue instead, e.g. `images/photo.jpg`',
  'read.image-scheme': (p: { name: string; scheme: string }) => `image "${p.name}" is a ${p.scheme}: URL, not a file`,
  'read.image-scheme-hint': () => 'save the picture as a JPEG or PNG file in the issue’s folder and write its file name',
  'read.image-unreadable': (p: { name: string; reason: string }) => `cannot read image "${p.name}": ${p.reason}`,
  'read.image-unreadable-hint': () => 'check that the file can be read by you',
  'read.image-folder': (p: { name: string }) => `image "${p.name}" is a folder, not a file`,
  'read.image-folder-hint': () => 'name the picture file inside it',
  /** `looksLike` is what the file seems to be (guessFileType), or ''. */
  'read.image-format': (p: { name: string; looksLike: string }) =>
    `image "${p.name}" is not a JPEG or PNG file${p.looksLike !== '' ? ` (it looks like ${p.looksLike})` : ''}`,
  'read.image-format-hint': () =>
    'save it as PNG (drawings, screenshots) or JPEG (photos): these are the formats a PDF embeds as they are',
  'read.image-missing': (p: { name: string }) => `image file "${p.name}" not found`,
  'read.image-no-folder-hint': (p: { folder: string }) => `there is no folder "${p.folder}" (paths are relative to the issue’s folder)`,
  'read.image-missing-hint': () => 'paths are relative to the issue’s folder; check the spelling and the case of the name',
  /** `relative` is the path from the issue's folder, or '' when it is the name as written. */
  'read.image-outside': (p: { name: string; relative: string }) =>
    `image "${p.name}" is outside the issue’s folder${p.relative === '' ? '' : ` (${p.relative})`}`,
  'read.image-outside-link': (p: { name: string }) => `image "${p.name}" is a link to a file outside the issue’s folder`,
  'read.image-outside-hint': () =>
    'copy the picture into the issue’s folder (or a subfolder), or pass --allow-outside to use it where it is',
} satisfies Record<string, (p: never) => string>;

/** What each metadata field must be: completes "must be …". */
const expected: Readonly<Record<string, string>> = {
  title: 'a non-empty string',
  year: 'a four-digit year',
  issue: 'a whole number ≥ 1',
  serial: 'a whole number ≥ 1',
  date: 'a real date written YYYY-MM-DD',
  sponsors: 'a non-empty list of strings',
  disclaimer: 'a string',
  secretariat: 'a mapping of name, address, postcode, email, phone',
  'secretariat.name': 'a non-empty string',
  'secretariat.address': 'a string',
  'secretariat.postcode': 'a string or a number',
  'secretariat.email': 'a string',
  'secretariat.phone': 'a string or a number',
  distribution: 'a mapping of 报, 送, 发',
  'distribution.报': 'a list of strings',
  'distribution.送': 'a list of strings',
  'distribution.发': 'a list of strings',
  template: 'a built-in template\'s name or a folder holding template.yaml',
  fonts: '"bundled" or a mapping of title, body, hei, kai, mono, bundled',
  'fonts.title': 'a font name or a font file path',
  'fonts.body': 'a font name or a font file path',
  'fonts.hei': 'a font name or a font file path',
  'fonts.kai': 'a font name or a font file path',
  'fonts.mono': 'a font name or a font file path',
  'fonts.bundled': 'true or false',
  punctuation: 'one of "quanjiao", "kaiming", "banjiao"',
  numbering: '"auto" or "off"',
  break: '"page" (the only value; without the field, articles run on)',
};

/** What one item of a list field must be. */
const items: Readonly<Record<string, string>> = {
  sponsors: 'a non-empty string',
  'distribution.报': 'a string',
  'distribution.送': 'a string',
  'distribution.发': 'a string',
};
