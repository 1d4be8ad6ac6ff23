import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIssue } from '../../src/read/readIssue.js';
import { plainText } from '../../src/read/plainText.js';
import { fixture, referenceIssue } from './helpers.js';

describe('readIssue', () => {
  it('reads the reference issue without diagnostics', async () => {
    const { document, diagnostics } = await readIssue(referenceIssue);
    expect(diagnostics).toEqual([]);
    expect(document?.file).toBe(referenceIssue);
    expect(document?.meta).toMatchObject({
      title: '金桥会议传真',
      year: 2014,
      issue: 4,
      serial: 9,
      date: { year: 2014, month: 10, day: 17 },
      disclaimer: '交流资料 仅供参考',
      template: 'jinqiao',
      numbering: true,
    });
    expect(document?.meta.sponsors).toHaveLength(3);
    expect(document?.meta.secretariat).toEqual({
      name: '“金桥产业技术创新会议” 秘书组',
      address: '上海科苑路 1278 号',
      postcode: '201203',
      email: 'jqcz@sast.org.cn',
    });

    const blocks = document?.blocks ?? [];
    expect(blocks.slice(0, 2).map((b) => b.kind)).toEqual(['editorsNote', 'paragraph']);
    const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [[b.level, plainText(b.children).slice(0, 4), b.autoNumber]] : []));
    expect(headings).toEqual([
      [2, '一、加强', undefined],
      [2, '二、借鉴', undefined],
      [3, '（一）以', undefined],
      [3, '（二）建', undefined],
      [3, '（三）要', undefined],
    ]);
    const note = blocks[0];
    expect(note?.kind === 'editorsNote' && note.paragraphs[0]?.children[0]).toMatchObject({
      kind: 'strong',
      span: { file: referenceIssue, start: { line: 19, column: 3 } },
    });
  });

  it('applies soft-break rules and the editor’s note in a whole issue', async () => {
    const { document, diagnostics } = await readIssue(fixture('body', 'soft-breaks.md'));
    expect(diagnostics).toEqual([]);
    const [first, second] = document?.blocks ?? [];
    expect(first?.kind === 'paragraph' && plainText(first.children)).toBe('这是一个段落，在汉字之间换行。Latin words break here 和汉字。');
    expect(second?.kind).toBe('paragraph'); // not a block quote, so not an editor's note
    expect(second?.kind === 'paragraph' && second.children.map((c) => c.kind)).toEqual(['strong', 'text', 'text']);
    expect(second?.kind === 'paragraph' && plainText(second.children)).toBe('编者按：2014年正文');
  });

  it('warns about what it leaves out and still returns the document', async () => {
    const { document, diagnostics } = await readIssue(fixture('body', 'unsupported.md'));
    expect(document).toBeDefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column}:${d.rule}`)).toEqual([
      '6:6:markdown/inline-image',
      '8:1:markdown/unsupported',
      '10:1:markdown/raw-html',
      '12:3:markdown/raw-html',
      '12:10:markdown/raw-html',
      '16:1:markdown/heading-depth',
    ]);
    expect(diagnostics.every((d) => d.severity === 'warning' && d.file === fixture('body', 'unsupported.md'))).toBe(true);
    const texts = (document?.blocks ?? []).map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? plainText(b.children) : b.kind));
    expect(texts).toEqual(['图片如下：', 'list', '正文内。', '删除线保留文字。', '五级标题']);
  });

  it('turns a missing file into an error diagnostic, not an exception', async () => {
    const missing = path.resolve('no/such/issue.md');
    const { document, diagnostics } = await readIssue('no/such/issue.md');
    expect(document).toBeUndefined();
    expect(diagnostics).toMatchObject([
      { file: missing, line: 0, column: 0, severity: 'error', rule: 'read/unreadable', message: 'cannot read the issue: no such file', hint: 'check the path and the file name' },
    ]);
    expect(diagnostics).toHaveLength(1);
  });

  it('reports a folder given as the issue', async () => {
    const { diagnostics } = await readIssue(fixture('body'));
    expect(diagnostics).toMatchObject([{ line: 0, rule: 'read/not-a-file', message: 'cannot read the issue: it is a folder, not a regular file' }]);
  });
});
