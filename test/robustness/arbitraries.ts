import fc from 'fast-check';
import { stringify } from 'yaml';

// Generators of hostile issues for the property tests (issue 10, point 7): front matter and
// Markdown bodies built from the pieces that broke bulletin before (nesting, brackets, footnotes,
// long runs, control characters, odd URLs, YAML's aliases and tags), kept small so that a case
// builds in milliseconds: size-dependent cost is bench/hostile.mjs's business.

const HAN = [...'中文简报会议上海科技创新中心发展产业研究院经济开发区委员会秘书组第期年月日一二三四五六七八九十'];
const CJK_PUNCT = [...'，。、；：？！“”‘’（）《》【】〔〕—…·「」『』'];
const RARE = ['𠀀', '𪚥', '臺', '灣', '한', '국', '㎡', '①', '㉑', '㊿', '\u{1F600}', 'é', 'ﬁ', '\u0301'];
const LATIN = [...'abcdefXYZ0123456789 '];
const MARKDOWN = [...'*_`[]()<>!#|\\~^&=+-:/.@"\''];
// Controls and invisible or direction-changing characters: the ones that reach a terminal or a PDF string.
const ODD = ['\t', '\r', '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200d', '\u202e', '\u2066', '\u3000', '\ufeff', '\ufffd', '\ufffe', '\uffff'];

const char = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HAN) },
  { weight: 2, arbitrary: fc.constantFrom(...CJK_PUNCT) },
  { weight: 3, arbitrary: fc.constantFrom(...LATIN) },
  { weight: 1, arbitrary: fc.constantFrom(...RARE) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
);

/** Text of the kinds an issue holds, with a few Markdown and control characters mixed in. */
export const text = (maxLength = 40): fc.Arbitrary<string> => fc.string({ unit: char, maxLength });

/** Any code points at all, astral ones included. */
const anyText = fc.string({ unit: 'binary', maxLength: 30 });

const url = fc.oneof(
  fc.constantFrom(
    'http://example.com/a?b=c&d=e#f',
    'https://例子.中国/路径',
    'mailto:a@b.cn',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'vbscript:msgbox',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '../outside.md',
    '',
    '<>',
    'http://a/(b)/c)',
    'http://a/%00%ff',
    'http://a/\u0000\u001b',
  ),
  fc.string({ unit: fc.constantFrom(...LATIN, ...MARKDOWN), maxLength: 60 }).map((s) => `https://x.cn/${s}`),
  fc.string({ unit: fc.constantFrom('a', 'b', '/', '-'), minLength: 100, maxLength: 400 }).map((s) => `https://long.example/${s}`),
);

const footnoteLabel = fc.oneof(fc.integer({ min: 1, max: 30 }).map(String), fc.constantFrom('a', '注', 'x y', '^', ''));

/** One inline piece: text, emphasis, code, a link, a footnote call, a picture, raw HTML. */
const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 8, arbitrary: text() },
    { weight: 1, arbitrary: anyText },
    { weight: 2, arbitrary: tie('inline').map((s) => `*${s}*`) },
    { weight: 2, arbitrary: tie('inline').map((s) => `**${s}**`) },
    { weight: 1, arbitrary: tie('inline').map((s) => `~~${s}~~`) },
    { weight: 1, arbitrary: text(20).map((s) => `\`${s}\``) },
    { weight: 2, arbitrary: fc.tuple(tie('inline'), url).map(([s, u]) => `[${s}](${u})`) },
    { weight: 1, arbitrary: url.map((u) => `<${u}>`) },
    { weight: 1, arbitrary: url.map((u) => ` ${u} `) },
    { weight: 2, arbitrary: footnoteLabel.map((l) => `[^${l}]`) },
    { weight: 1, arbitrary: fc.tuple(text(10), fc.constantFrom('missing.png', 'images/x.jpg', '/dev/zero', '..', 'http://x/y.png', '')).map(([a, p]) => `![${a}](${p})`) },
    { weight: 1, arbitrary: fc.constantFrom('<b>粗</b>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!-- 注释 -->', '<br>', '&amp;', '&#0;', '&#x1F600;', '&bogus;') },
    { weight: 1, arbitrary: fc.constantFrom('  \n', '\\\n', '\n', '\\*', '\\') },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => '（'.repeat(n) + '）'.repeat(Math.max(0, n - 3))) },
  ),
})).inline;

const paragraph = fc.array(inline, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

/** One block of a body, possibly nested. */
const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 8, arbitrary: paragraph },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), paragraph).map(([n, p]) => `${'#'.repeat(n)} ${p}`) },
    { weight: 2, arbitrary: fc.tuple(footnoteLabel, paragraph).map(([l, p]) => `[^${l}]: ${p}`) },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), tie('block')).map(([n, b]) => b.split('\n').map((l) => `${'> '.repeat(n)}${l}`).join('\n')) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '1. ', '3) ', '- [ ] '), fc.array(tie('block'), { minLength: 1, maxLength: 4 })).map(([marker, items]) =>
        items.map((item) => marker + item.split('\n').join(`\n${' '.repeat(marker.length)}`)).join('\n'),
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(fc.oneof(text(12), inline), { minLength: 1, maxLength: 5 }), { minLength: 0, maxLength: 5 }))
        .map(([columns, rows]) => {
          const row = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
          return [row(Array.from({ length: columns }, (_, i) => `列${i + 1}`)), row(Array.from({ length: columns }, () => '---')), ...rows.map(row)].join('\n');
        }),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', '中文'), text(80)).map(([f, lang, t]) => `${f}${lang}\n${t}\n${f}`) },
    { weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '<div>\n块\n</div>', '    缩进代码', '<details><summary>x</summary>y</details>', '$$\nx\n$$') },
    { weight: 1, arbitrary: anyText },
  ),
})).block;

/** A Markdown body: blocks separated by blank lines (or, sometimes, by single line feeds). */
export const body = fc.tuple(fc.array(block, { maxLength: 12 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n')).map(([blocks, sep]) => blocks.join(sep) + '\n');

// Front matter values: the right type, the wrong type, or strange text.
const hostileValue = fc.oneof(
  text(),
  anyText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text(12), { maxLength: 6 }),
  fc.dictionary(text(6), text(6), { maxKeys: 3 }),
  fc.string({ unit: fc.constantFrom(...HAN), minLength: 200, maxLength: 2000 }),
);

const fields = {
  title: fc.oneof(text(30).filter((s) => s.trim() !== ''), hostileValue),
  year: fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.integer(), hostileValue),
  issue: fc.oneof(fc.integer({ min: 1, max: 60 }), hostileValue),
  serial: fc.oneof(fc.integer({ min: 1, max: 9999 }), hostileValue),
  date: fc.oneof(fc.constantFrom('2014-10-17', '2014-02-30', '0000-01-01', '9999-12-31', '2014年10月17日', '10/17/2014', ''), hostileValue),
  sponsors: fc.oneof(fc.array(text(20), { minLength: 1, maxLength: 5 }), fc.array(fc.constant('某某研究院'), { minLength: 50, maxLength: 300 }), hostileValue),
  disclaimer: hostileValue,
  secretariat: fc.oneof(fc.record({ name: text(20), address: text(30), postcode: fc.oneof(fc.integer(), text(8)), email: text(20), phone: text(15) }, { requiredKeys: [] }), hostileValue),
  punctuation: fc.oneof(fc.constantFrom('quanjiao', 'kaiming', 'banjiao'), hostileValue),
  numbering: hostileValue,
  template: fc.oneof(fc.constant('jinqiao'), hostileValue),
  fonts: fc.oneof(fc.record({ body: fc.constantFrom('/dev/null', 'nope.ttf', '仿宋', '') }, { requiredKeys: [] }), hostileValue),
};

const validBase = { title: '测试简报', year: 2014, issue: 4, date: '2014-10-17', sponsors: ['某某研究院'] };

/** Front matter as YAML the `yaml` package writes: well-formed, with some fields given hostile values or unknown keys. */
const wellFormed = fc
  .tuple(fc.record(fields, { requiredKeys: [] }), fc.dictionary(text(8), hostileValue, { maxKeys: 2 }), fc.boolean())
  .map(([changed, extra, keepBase]) => stringify({ ...(keepBase ? validBase : {}), ...changed, ...extra }, { lineWidth: 0 }));

// Lines that YAML (or a clerk) gets wrong: aliases (undefined, inside their own value), tags, tabs,
// full-width colons, escapes that make lone surrogates.
const oddLine = fc.oneof(
  fc.constantFrom(
    'a: &a [1, 2]\nb: [*a, *a, *a, *a]',
    'title: *undefined',
    'sponsors: &s [a, *s]',
    'title: !!binary aGVsbG8=',
    'title: !!js/function "x"',
    'title: !custom x',
    'title: "\\uD800 lone surrogate"',
    'title: "\\u0000\\u001b]0;owned\\u0007"',
    'issue：5',
    'issue: ４',
    'date: 2014年10月17日',
    '\ttitle: tab',
    'title: [unclosed',
    'title: "unclosed',
    '? complex key\n: value',
    '<<: {title: merged}',
    '---',
    '...',
    '%YAML 1.1',
    'title: |\n  多行\n  标题',
    'sponsors:\n  - a\n -b',
    `${'['.repeat(200)}`,
  ),
  text(40),
  anyText,
);

const brokenYaml = fc
  .tuple(fc.array(oddLine, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([lines, withBase]) => (withBase ? `${stringify(validBase)}${lines.join('\n')}\n` : `${lines.join('\n')}\n`));

/** A front matter block, well-formed or not, sometimes without its closing `---`. */
export const frontMatter = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: wellFormed }, { weight: 2, arbitrary: brokenYaml }), fc.constantFrom('---\n', '---\n', '---\n', '', '--- \n', '...\n'), fc.constantFrom('', '', '\ufeff'))
  .map(([yaml, close, bom]) => `${bom}---\n${yaml}${close}`);

/** The front matter of a valid issue. */
export const VALID_FRONT_MATTER = `---\n${stringify(validBase)}---\n`;

/** A whole file of anything: bytes that need not be UTF-8, with or without a front matter fence. */
export const anyFile = fc.tuple(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('', '---\n', `${VALID_FRONT_MATTER}\n`)).map(([bytes, head]) => Buffer.concat([Buffer.from(head), bytes]));
