// Messages of reading text files (encodings, special files, sizes) and of the front-matter
// mistakes clerks make (full-width colons and digits, Chinese dates, tabs, an unclosed block).
// `kind` is `issue` or `config`; `label` is how a metadata layer is named (`front matter`, …).

const kinds: Readonly<Record<string, string>> = { issue: 'the issue', config: 'bulletin.yaml', template: 'the template file' };
const kindOf = (kind: string): string => kinds[kind] ?? kind;
const types: Readonly<Record<string, string>> = { folder: 'a folder', fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device' };
const reasons: Readonly<Record<string, string>> = {
  missing: 'no such file',
  denied: 'permission denied',
  folder: 'it is a folder, not a file',
  loop: 'too many symbolic links',
};
const saveAsUtf8 = 'in Notepad or WPS: File › Save As, Encoding: UTF-8';

/** Messages of reading issues and bulletin.yaml, and of front-matter mistakes. */
export const encoding = {
  'encoding.unreadable': (p: { kind: string; reason: string }) => `cannot read ${kindOf(p.kind)}: ${reasons[p.reason] ?? p.reason}`,
  'encoding.unreadable-hint': (p: { reason: string }): string =>
    p.reason === 'missing'
      ? 'check the path and the file name'
      : p.reason === 'denied'
        ? 'make the file readable by you (its permissions or its owner)'
        : 'check the path',
  'encoding.not-a-file': (p: { kind: string; type: string }) => `cannot read ${kindOf(p.kind)}: it is ${types[p.type] ?? p.type}, not a regular file`,
  'encoding.not-a-file-hint': (p: { kind: string }): string =>
    p.kind === 'config'
      ? 'bulletin.yaml must be a plain text file: remove or rename what has that name'
      : 'give the path of an issue file (.md) saved on disk',
  'encoding.too-large': (p: { kind: string; size: string; limit: string }) =>
    `${kindOf(p.kind)} is ${p.size} MB, more than the ${p.limit} MB bulletin reads`,
  'encoding.too-large-hint': (p: { kind: string }): string =>
    p.kind === 'config'
      ? 'a bulletin.yaml holds a few fields: check that this is the right file'
      : 'an issue is a few hundred KB at most: check that this is the right file, or split it into several issues',
  'encoding.invalid': (p: { kind: string; byte: string }) =>
    `${kindOf(p.kind)} is not UTF-8 text (nor GB18030, nor UTF-16 with a byte-order mark): byte ${p.byte} cannot be read`,
  'encoding.invalid-hint': () => `save the file as UTF-8 (${saveAsUtf8}); the line and column are those of the first unreadable byte`,
  'encoding.not-utf8': (p: { kind: string; encoding: string }) => `${kindOf(p.kind)} is saved in ${p.encoding}, not UTF-8; it was read as ${p.encoding}`,
  'encoding.not-utf8-hint': () => `run \`bulletin check --fix\` to rewrite it as UTF-8, or save it as UTF-8 (${saveAsUtf8})`,
  'encoding.rewritten': (p: { file: string; encoding: string }) => `rewrote ${p.file} as UTF-8 (it was ${p.encoding})`,

  'encoding.yaml-undefined-alias': (p: { label: string; name: string }) =>
    `${p.label} uses the alias *${p.name}, but no anchor &${p.name} comes before it`,
  'encoding.yaml-undefined-alias-hint': () => 'define the anchor first (`key: &name value`), or write the value itself instead of `*name`',
  'encoding.yaml-recursive-alias': (p: { label: string; name: string }) => `${p.label} uses the alias *${p.name} inside the value it names`,
  'encoding.yaml-recursive-alias-hint': () => 'a value cannot contain itself: write the inner value out instead of `*name`',
  'encoding.yaml-alias-bomb': (p: { label: string; limit: number }) =>
    `${p.label}: its aliases expand too far (more than ${p.limit} uses), as in a YAML "alias bomb"`,
  'encoding.yaml-alias-bomb-hint': (p: { limit: number }) => `bulletin resolves aliases (\`*name\`) at most ${p.limit} times: write the values out instead`,
  'encoding.yaml-too-deep': (p: { label: string; limit: number }) => `${p.label} is nested more than ${p.limit} levels deep`,
  'encoding.yaml-too-deep-hint': () => 'metadata fields are at most a few levels deep: check the brackets and the indentation here',
  'encoding.full-width-colon': (p: { key: string }) => `full-width colon "：" after "${p.key}": YAML needs an ASCII colon followed by a space`,
  'encoding.full-width-colon-hint': (p: { key: string; value: string }) =>
    `write \`${p.key}: ${p.value}\` (type the colon with the input method in English or half-width mode)`,
  'encoding.tab-indent': (p: { label: string }) => `${p.label} is indented with a tab here; YAML indents with spaces only`,
  'encoding.tab-indent-hint': () => 'replace the tab with spaces (two for each level), e.g. `  - 上海产业技术研究院`',
  'encoding.full-width-digits': (p: { label: string; field: string; written: string; value: string }) =>
    `${p.label} field "${p.field}" is written with full-width digits "${p.written}"; read as ${p.value}`,
  'encoding.full-width-digits-hint': (p: { field: string; value: string }) =>
    `write ASCII digits: \`${p.field}: ${p.value}\` (the input method in half-width mode)`,
  'encoding.chinese-date': (p: { label: string; written: string; value: string }) =>
    `${p.label} field "date" is written "${p.written}"; read as ${p.value}`,
  'encoding.chinese-date-hint': (p: { value: string }) => `write dates as YYYY-MM-DD: \`date: ${p.value}\``,
  'encoding.unclosed-front-matter': () => 'the front matter opened by `---` on line 1 is never closed, so none of its fields are read',
  'encoding.unclosed-front-matter-hint': () => 'add a line `---` after the last field, before the body (an empty line does not close it)',
  'encoding.full-width-fence': (p: { written: string }) =>
    `"${p.written}" seems meant to close the front matter, but the closing line must be three ASCII hyphens`,
  'encoding.full-width-fence-hint': () => 'write `---` with the input method in English or half-width mode',
} satisfies Record<string, (p: never) => string>;
