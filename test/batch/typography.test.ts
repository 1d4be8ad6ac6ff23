import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/batch/check/textEdit.js';
import { formatDiagnostics, lintTypography } from '../../src/index.js';

// A fixture in the unified way: input.md beside the report bulletin expects (expected.txt) and the
// text `check --fix` makes of it (fixed.md). `UPDATE_FIXTURES=1 npx vitest run test/batch` rewrites both.

const folder = new URL('../fixtures/batch/typography/', import.meta.url);
const update = process.env['UPDATE_FIXTURES'] === '1';

async function expectFixture(name: string, actual: string): Promise<void> {
  const file = fileURLToPath(new URL(name, folder));
  if (update || !existsSync(file)) await writeFile(file, actual);
  expect(actual).toBe(await readFile(file, 'utf8'));
}

describe('lintTypography on the fixture', async () => {
  const input = await readFile(new URL('input.md', folder), 'utf8');
  const report = lintTypography('input.md', input);

  it('reports each problem as file:line:col with a hint', async () => {
    await expectFixture('expected.txt', formatDiagnostics(report.diagnostics, { color: false }) + '\n');
  });

  it('fixes what is safe to fix', async () => {
    await expectFixture('fixed.md', applyEdits(input, report.fixes).text);
  });

  it('leaves only the unbalanced marks, which have no safe fix, after fixing', () => {
    const fixed = applyEdits(input, report.fixes).text;
    const again = lintTypography('fixed.md', fixed);
    expect(again.fixes).toEqual([]);
    expect(new Set(again.diagnostics.map((d) => d.rule))).toEqual(new Set(['typography/unbalanced', 'typography/straight-quotes']));
  });

  it('touches nothing outside Chinese prose: code, links, English', () => {
    const fixed = applyEdits(input, report.fixes).text;
    for (const kept of ['Mega city, "quoted", it\'s fine... and a--b in English (see below).', '`中文,代码--不改`', '(http://example.com/a?b=1,2)', '代码块,中文--不改...']) {
      expect(fixed).toContain(kept);
    }
  });
});

describe('lintTypography rules', () => {
  const rules = (text: string): string[] => lintTypography('t.md', text).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`);

  it.each([
    ['中文,中文', ['1:3 typography/half-width-punctuation']],
    ['你好吗?', ['1:4 typography/half-width-punctuation']],
    ['English, English', []],
    ['时间10:30', []],
    ['会议召开.', ['1:5 typography/half-width-punctuation']],
    ['增长50.4%。', []],
    ['见 e.g. 此处', []],
    ['他说"好"', ['1:3 typography/straight-quotes', '1:5 typography/straight-quotes']],
    ['然后...', ['1:3 typography/ellipsis']],
    ['然后…', ['1:3 typography/ellipsis']],
    ['然后……', []],
    ['技术--经济', ['1:3 typography/dash']],
    ['技术—经济', []],
    ['2010-2011年', []],
    ['“引号', ['1:1 typography/unbalanced']],
    ['括号）', ['1:3 typography/unbalanced']],
    ['“外‘内’外”', []],
  ])('%s', (text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  it('pairs straight quotes only when they pair up', () => {
    const odd = lintTypography('t.md', '他说"好"和"');
    expect(odd.diagnostics).toHaveLength(3);
    expect(odd.fixes).toEqual([]);
    const even = lintTypography('t.md', '他说"好"和"坏"');
    expect(applyEdits('他说"好"和"坏"', even.fixes).text).toBe('他说“好”和“坏”');
  });

  it('drops the spaces around a mark it makes full-width', () => {
    const text = '研究院 (SITI) 共同商定 , 然后';
    expect(applyEdits(text, lintTypography('t.md', text).fixes).text).toBe('研究院（SITI）共同商定，然后');
  });
});

describe('lintTypography and links', () => {
  it('leaves an autolink’s address alone, and checks the text around it', () => {
    expect(lintTypography('t.md', '请访问 www.example.com/搜索?词=简报 获取').diagnostics).toEqual([]);
    // GFM leaves a trailing comma out of the link: that one is prose.
    expect(lintTypography('t.md', '网址www.example.com/?a=1,2,欢迎访问').diagnostics.map((d) => d.column)).toEqual([25]);
  });
});
