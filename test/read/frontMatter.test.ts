import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/diagnostics/format.js';
import { readIssue } from '../../src/read/readIssue.js';
import { fixture, tempProject } from './helpers.js';

const complete = ['title: 金桥会议传真', 'issue: 4', 'date: 2014-10-17', 'sponsors: [上海产业技术研究院]'];

/** Read an issue whose front matter is `lines`, alone in a temporary project. */
async function withFrontMatter(lines: readonly string[]) {
  const root = await tempProject({ 'issue.md': `---\n${lines.join('\n')}\n---\n\n正文。\n` });
  return readIssue(path.join(root, 'issue.md'));
}

/** Replace (or add) one line of the complete front matter. */
function changed(key: string, line: string | undefined): string[] {
  const rest = complete.filter((l) => !l.startsWith(`${key}:`));
  return line === undefined ? rest : [...rest, line];
}

describe('front matter', () => {
  it('reports `issue: four` once, at the value, naming the field', async () => {
    const file = fixture('bad-issue', '2014-04.md');
    const { document, diagnostics } = await readIssue(file);
    expect(document).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file, line: 4, column: 8, severity: 'error', rule: 'front-matter/invalid-value' });
    expect(formatDiagnostics(diagnostics, { color: false, cwd: path.dirname(file) })).toBe(
      '2014-04.md:4:8: error: front matter field "issue" must be a whole number ≥ 1, not "four"\n' +
        '  hint: for example `issue: 4`',
    );
  });

  it('reports a misspelt key with a did-you-mean hint', async () => {
    const { diagnostics } = await readIssue(fixture('misspelt', '2014-04.md'));
    expect(diagnostics).toMatchObject([
      { line: 5, column: 1, severity: 'error', rule: 'front-matter/unknown-field', message: 'unknown front matter field "seral"', hint: 'did you mean `serial`?' },
    ]);
  });

  it('reports unknown keys inside mappings, listing the known ones when nothing is close', async () => {
    const { diagnostics } = await withFrontMatter([...complete, 'fonts:', '  bdy: 宋体', 'distribution:', '  抄: [市科委]']);
    expect(diagnostics.map((d) => [d.line, d.column, d.message, d.hint])).toEqual([
      [7, 3, 'unknown front matter field "fonts.bdy"', 'did you mean `body`?'],
      [9, 3, 'unknown front matter field "distribution.抄"', 'known fields of "distribution": 报, 送, 发'],
    ]);
  });

  it('reports YAML syntax errors at their position in the .md file', async () => {
    const { document, diagnostics } = await readIssue(fixture('yaml-syntax', 'issue.md'));
    expect(document).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.rule === 'front-matter/yaml-syntax' && d.severity === 'error')).toBe(true);
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(4);
    expect(diagnostics[0]?.message).toMatch(/^front matter is not valid YAML: /);
  });

  it('reports missing required fields at line 1, naming bulletin.yaml for title and sponsors', async () => {
    const { diagnostics } = await readIssue(fixture('no-front-matter', 'issue.md'));
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [1, 1, 'front matter field "title" is missing'],
      [1, 1, 'front matter field "issue" is missing'],
      [1, 1, 'front matter field "date" is missing'],
      [1, 1, 'front matter field "sponsors" is missing'],
    ]);
    expect(diagnostics[0]?.hint).toContain('bulletin.yaml');
    expect(diagnostics[3]?.hint).toContain('bulletin.yaml');
  });

  it('keeps the date a string and rejects days that do not exist', async () => {
    const good = await withFrontMatter(complete);
    expect(good.diagnostics).toEqual([]);
    expect(good.document?.meta.date).toEqual({ year: 2014, month: 10, day: 17 });
    expect(good.document?.meta.year).toBe(2014);
    const bad = await withFrontMatter(changed('date', 'date: 2014-02-30'));
    expect(bad.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [5, 7, 'front matter field "date" must be a real date written YYYY-MM-DD, not "2014-02-30"'],
    ]);
    const number = await withFrontMatter(changed('date', 'date: 20141017'));
    expect(number.diagnostics[0]?.message).toBe('front matter field "date" must be a real date written YYYY-MM-DD, not 20141017');
  });

  it('names the field, the expectation and what was found for other wrong types', async () => {
    const cases: [string, string, string][] = [
      ['template', 'template: zhengwu', 'template "zhengwu" is neither a built-in template nor a folder holding template.yaml'],
      ['sponsors', 'sponsors: []', 'front matter field "sponsors" must be a non-empty list of strings, not an empty list'],
      ['sponsors', 'sponsors: [甲, 3]', 'front matter field "sponsors" item 2 must be a non-empty string, not 3'],
      ['serial', 'serial: 0', 'front matter field "serial" must be a whole number ≥ 1, not 0'],
      ['title', 'title:', 'front matter field "title" must be a non-empty string, not empty'],
      ['secretariat', 'secretariat: 秘书组', 'front matter field "secretariat" must be a mapping of name, address, postcode, email, phone, not "秘书组"'],
      ['numbering', 'numbering: yes', 'front matter field "numbering" must be "auto" or "off", not "yes"'],
      ['punctuation', 'punctuation: full', 'front matter field "punctuation" must be one of "quanjiao", "kaiming", "banjiao", not "full"'],
    ];
    for (const [key, line, message] of cases) {
      const { document, diagnostics } = await withFrontMatter(changed(key, line));
      expect(document).toBeUndefined();
      expect(diagnostics.map((d) => d.message)).toEqual([message]);
    }
  });

  it('reads postcodes written as numbers with their digits, and the optional fields', async () => {
    const { document, diagnostics } = await withFrontMatter([
      ...complete,
      'year: 2015',
      'serial: 9',
      'secretariat: {name: 秘书组, postcode: 010000, phone: 02112345678}',
      'distribution: {报: [市科委], 发: [各会员单位]}',
      'fonts: {body: 仿宋}',
      'punctuation: kaiming',
      'numbering: off',
      'disclaimer: 交流资料 仅供参考',
    ]);
    expect(diagnostics).toEqual([]);
    expect(document?.meta).toEqual({
      title: '金桥会议传真',
      year: 2015,
      issue: 4,
      serial: 9,
      date: { year: 2014, month: 10, day: 17 },
      sponsors: ['上海产业技术研究院'],
      disclaimer: '交流资料 仅供参考',
      secretariat: { name: '秘书组', postcode: '010000', phone: '02112345678' },
      distribution: { 报: ['市科委'], 发: ['各会员单位'] },
      template: 'jinqiao',
      fonts: { body: '仿宋' },
      // Where the body font was named, for a font that cannot be found (issue 9.4).
      fontsAt: { body: { file: document?.file, line: 10, column: 15 } },
      punctuation: 'kaiming',
      numbering: false,
    });
  });

  it('takes fonts: bundled for the bundled fonts only, and keeps the mapping form', async () => {
    const short = await withFrontMatter([...complete, 'fonts: bundled']);
    expect(short.diagnostics).toEqual([]);
    expect(short.document?.meta.fonts).toEqual({ bundled: true });
    const long = await withFrontMatter([...complete, 'fonts: {bundled: true, body: 仿宋}']);
    expect(long.document?.meta.fonts).toEqual({ bundled: true, body: '仿宋' });
    const wrong = await withFrontMatter([...complete, 'fonts: bundle']);
    expect(wrong.diagnostics.map((d) => d.rule)).toEqual(['front-matter/invalid-value']);
    expect(wrong.diagnostics[0]?.message).toContain('"bundled" or a mapping');
  });

  it('requires a secretariat name when there is a secretariat', async () => {
    const { diagnostics } = await withFrontMatter([...complete, 'secretariat:', '  address: 上海']);
    expect(diagnostics).toMatchObject([{ line: 6, column: 1, message: 'front matter field "secretariat.name" is missing' }]);
  });

  it('reports a front matter that is not a mapping', async () => {
    const { diagnostics } = await withFrontMatter(['- 金桥会议传真']);
    expect(diagnostics).toMatchObject([{ line: 2, column: 1, rule: 'front-matter/not-a-mapping' }]);
  });
});
