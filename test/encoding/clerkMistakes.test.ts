import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newIssue } from '../../src/index.js';
import { chineseDate } from '../../src/read/clerkValues.js';
import { readIssue } from '../../src/read/readIssue.js';
import { tempProject } from '../read/helpers.js';

// The mistakes clerks make in front matter with a Chinese input method, each named at its place.
// Lines are those of the .md file: the front matter starts on line 2.

const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
});

async function read(text: string, config?: string) {
  const root = await tempProject({ 'issue.md': text, ...(config === undefined ? {} : { 'bulletin.yaml': config }) });
  roots.push(root);
  return readIssue(path.join(root, 'issue.md'));
}

const issue = (fields: string): string => `---\ntitle: 金桥会议传真\n${fields}\nsponsors: [上海产业技术研究院]\n---\n\n正文。\n`;

describe('clerk mistakes in front matter', () => {
  it('names a full-width colon at the colon, with the line to write', async () => {
    const { document, diagnostics } = await read(issue('issue：5\ndate: 2014-10-17'));
    expect(document).toBeUndefined();
    expect(diagnostics).toMatchObject([
      {
        line: 3,
        column: 6,
        severity: 'error',
        rule: 'front-matter/full-width-colon',
        message: 'full-width colon "：" after "issue": YAML needs an ASCII colon followed by a space',
        hint: expect.stringContaining('`issue: 5`') as unknown,
      },
    ]);
  });

  it('names a full-width colon inside a mapping, and on the only line', async () => {
    const nested = await read(issue('issue: 5\ndate: 2014-10-17\nsecretariat:\n  name：秘书组\n  email: a@b.cn'));
    expect(nested.diagnostics).toMatchObject([{ line: 6, column: 7, rule: 'front-matter/full-width-colon' }]);
    const alone = await read('---\nissue：5\n---\n\n正文。\n', 'title: 金桥会议传真\ndate: 2014-10-17\nsponsors: [上海产业技术研究院]\n');
    expect(alone.diagnostics).toMatchObject([{ line: 2, column: 6, rule: 'front-matter/full-width-colon' }]);
  });

  it('leaves a full-width colon inside a value alone', async () => {
    const { document, diagnostics } = await read(issue('issue: 5\ndate: 2014-10-17\ndisclaimer: 注意：仅供参考'));
    expect(diagnostics).toEqual([]);
    expect(document?.meta.disclaimer).toBe('注意：仅供参考');
  });

  it('accepts full-width digits with a warning at the value', async () => {
    const { document, diagnostics } = await read(issue('issue: ４\nserial: １２\ndate: ２０１４－１０－１７'));
    expect(document?.meta).toMatchObject({ issue: 4, serial: 12, date: { year: 2014, month: 10, day: 17 } });
    expect(diagnostics.map((d) => [d.line, d.column, d.severity, d.rule, d.message])).toEqual([
      [3, 8, 'warning', 'front-matter/full-width-digits', 'front matter field "issue" is written with full-width digits "４"; read as 4'],
      [4, 9, 'warning', 'front-matter/full-width-digits', 'front matter field "serial" is written with full-width digits "１２"; read as 12'],
      [5, 7, 'warning', 'front-matter/full-width-digits', 'front matter field "date" is written with full-width digits "２０１４－１０－１７"; read as 2014-10-17'],
    ]);
    expect(diagnostics[0]?.hint).toBe('write ASCII digits: `issue: 4` (the input method in half-width mode)');
  });

  it('accepts a Chinese date with a warning at the value', async () => {
    const { document, diagnostics } = await read(issue('issue: 4\ndate: 2014年10月17日'));
    expect(document?.meta.date).toEqual({ year: 2014, month: 10, day: 17 });
    expect(diagnostics).toMatchObject([
      {
        line: 4,
        column: 7,
        severity: 'warning',
        rule: 'front-matter/chinese-date',
        message: 'front matter field "date" is written "2014年10月17日"; read as 2014-10-17',
        hint: 'write dates as YYYY-MM-DD: `date: 2014-10-17`',
      },
    ]);
  });

  it('reads the forms of a Chinese date, and refuses a day that does not exist', async () => {
    expect(['2014年10月7日', '２０１４年１０月７日', '二〇一四年十月七日', '2014 年 10 月 7 日', '二〇一四年十二月三十一日'].map(chineseDate)).toEqual([
      '2014-10-07',
      '2014-10-07',
      '2014-10-07',
      '2014-10-07',
      '2014-12-31',
    ]);
    const { diagnostics } = await read(issue('issue: 4\ndate: 2014年2月30日'));
    expect(diagnostics).toMatchObject([{ line: 4, column: 7, severity: 'error', rule: 'front-matter/invalid-value' }]);
  });

  it('says the front matter is never closed, at the opening line, not that its fields are missing', async () => {
    const { diagnostics } = await read('---\ntitle: 金桥会议传真\nissue: 4\ndate: 2014-10-17\nsponsors: [上海产业技术研究院]\n\n正文。\n');
    expect(diagnostics).toMatchObject([
      {
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'front-matter/unclosed',
        message: 'the front matter opened by `---` on line 1 is never closed, so none of its fields are read',
        hint: 'add a line `---` after the last field, before the body (an empty line does not close it)',
      },
    ]);
  });

  it('is an issue with unknown numbers to `new`, not a note', async () => {
    const root = await tempProject({
      'bulletin.yaml': 'title: 金桥会议传真\nsponsors: [上海产业技术研究院]\n',
      '2014-01.md': '---\nissue: 1\nserial: 1\ndate: 2014-03-01\n---\n\n正文。\n',
      '2014-02.md': '---\nissue: 2\nserial: 2\ndate: 2014-06-01\n\n正文。\n',
    });
    roots.push(root);
    const result = await newIssue({ dir: root, date: { year: 2014, month: 9, day: 1 } });
    expect(result.warnings.map((d) => [path.basename(d.file), d.rule])).toEqual([['2014-02.md', 'archive/unreadable-numbers']]);
  });

  it('points at a closing line typed with full-width dashes', async () => {
    const { diagnostics } = await read('---\ntitle: 金桥会议传真\nissue: 4\ndate: 2014-10-17\nsponsors: [上海产业技术研究院]\n———\n\n正文。\n');
    expect(diagnostics).toMatchObject([{ line: 6, column: 1, rule: 'front-matter/unclosed', message: expect.stringContaining('"———"') as unknown }]);
  });

  it('points at a tab used for indentation', async () => {
    const { diagnostics } = await read('---\ntitle: 金桥会议传真\nissue: 4\ndate: 2014-10-17\nsponsors:\n\t- 上海产业技术研究院\n---\n\n正文。\n');
    expect(diagnostics).toMatchObject([
      { line: 6, column: 1, severity: 'error', rule: 'front-matter/tab-indent', message: 'front matter is indented with a tab here; YAML indents with spaces only' },
    ]);
  });
});

describe('hostile YAML', () => {
  it('reports an undefined alias at the alias', async () => {
    const { diagnostics } = await read(issue('issue: 4\ndate: 2014-10-17\ndisclaimer: *nothing'));
    expect(diagnostics).toMatchObject([
      { line: 5, column: 13, severity: 'error', rule: 'front-matter/yaml-alias', message: 'front matter uses the alias *nothing, but no anchor &nothing comes before it' },
    ]);
  });

  it('reports an alias inside the value it names', async () => {
    const { diagnostics } = await read(issue('issue: 4\ndate: 2014-10-17\ndisclaimer: &s [a, *s]'));
    expect(diagnostics).toMatchObject([{ line: 5, column: 20, rule: 'front-matter/yaml-alias', message: 'front matter uses the alias *s inside the value it names' }]);
  });

  it('stops an alias bomb in bulletin.yaml at its line', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefghi') levels.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(', ')}]`);
    const { diagnostics } = await read(issue('issue: 4\ndate: 2014-10-17'), levels.join('\n'));
    expect(diagnostics).toMatchObject([{ line: 2, column: 8, severity: 'error', rule: 'front-matter/yaml-alias', message: expect.stringContaining('alias bomb') as unknown }]);
    expect(path.basename(diagnostics[0]?.file ?? '')).toBe('bulletin.yaml');
  });

  it('reports more than 100 aliases at the 101st', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `k${i}: *x`).join('\n');
    const { diagnostics } = await read(issue('issue: 4\ndate: 2014-10-17'), `x: &x 1\n${aliases}\n`);
    expect(diagnostics).toMatchObject([{ line: 102, column: 7, rule: 'front-matter/yaml-alias' }]);
  });

  it('reports deep nesting, in flow and in block style, without overflowing the stack', async () => {
    const flow = await read(issue(`issue: 4\ndate: 2014-10-17\ndisclaimer: ${'['.repeat(5000)}${']'.repeat(5000)}`));
    expect(flow.diagnostics).toMatchObject([{ line: 5, severity: 'error', rule: 'front-matter/yaml-too-deep', message: 'front matter is nested more than 20 levels deep' }]);
    const block = Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    const nested = await read(issue(`issue: 4\ndate: 2014-10-17\n${block} x`));
    expect(nested.diagnostics).toMatchObject([{ line: 25, column: 41, rule: 'front-matter/yaml-too-deep' }]);
  });
});
