import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import type { Inline, Table } from '../../src/model/document.js';
import { keepTogether } from '../../src/render/html/keepTogether.js';
import { tableColumns } from '../../src/render/html/tableColumns.js';
import { getTemplate } from '../../src/template/template.js';

// The nowrap runs that carry the PDF's line-breaking rules into HTML (issue 11), and the narrowest
// width of a table on screen, checked on hast and with a measurer of 1 em a character.

const call = (n: string): Element => h('sup', { className: ['footnote-ref'] }, h('a', { href: '#fn-1' }, n));

function kept(body: Element): { html: string; text: string } {
  const before = toHtml(body).replace(/<[^>]+>/g, '');
  keepTogether(body);
  const html = toHtml(body);
  // Only elements are added: the text a reader copies is the same.
  expect(html.replace(/<[^>]+>/g, '')).toBe(before);
  return { html, text: before };
}

describe('keepTogether', () => {
  it('keeps a paragraph’s last two characters and the marks after them on one line', () => {
    expect(kept(h('body', [h('p', '会议在上海召开。')])).html).toBe('<body><p>会议在上海<span class="no-break">召开。</span></p></body>');
  });

  it('keeps a footnote call with the character before it, and that run with the last characters', () => {
    const { html } = kept(h('body', [h('p', ['会议中心召开', call('①'), '。会议由研究院主办', call('②')])]));
    expect(html).toBe(
      '<body><p>会议中心召<span class="no-break">开<sup class="footnote-ref"><a href="#fn-1">①</a></sup></span>。会议由研究院<span class="no-break">主<span class="no-break">办<sup class="footnote-ref"><a href="#fn-1">②</a></sup></span></span></p></body>',
    );
  });

  it('moves a short element whole, and splits a long strong to keep its last characters with the call', () => {
    expect(kept(h('body', [h('p', ['见', h('span', { className: ['autospace-start'] }, 'SAST'), call('③'), '说明'])])).html).toBe(
      '<body><p>见<span class="no-break"><span class="autospace-start">SAST</span><sup class="footnote-ref"><a href="#fn-1">③</a></sup></span><span class="no-break">说明</span></p></body>',
    );
    const long = '城市规划的关注点要聚焦民生保障文化积淀和城市活力';
    expect(kept(h('body', [h('p', ['据', h('strong', long), call('①')])])).html).toBe(
      `<body><p>据<strong>${long.slice(0, -2)}</strong><span class="no-break"><strong>活</strong><span class="no-break"><strong>力</strong><sup class="footnote-ref"><a href="#fn-1">①</a></sup></span></span></p></body>`,
    );
  });

  it('leaves alone a last line after a hard break, a paragraph of one character, and the masthead’s one-line parts', () => {
    const untouched = [h('p', ['第一行', h('br'), '二']), h('p', '好'), h('h1', { className: ['masthead-title'] }, '金桥会议传真'), h('p', { className: ['date'] }, '2014年10月17日')];
    expect(kept(h('body', untouched)).html).toBe('<body><p>第一行<br>二</p><p>好</p><h1 class="masthead-title">金桥会议传真</h1><p class="date">2014年10月17日</p></body>');
  });

  it('counts a Latin word’s letters, and never a mark or a space', () => {
    expect(kept(h('body', [h('h2', '一、会议 概况')])).html).toBe('<body><h2>一、会议 <span class="no-break">概况</span></h2></body>');
    expect(kept(h('body', [h('p', '由 IT 组成 “ab”。')])).html).toBe('<body><p>由 IT 组成 “<span class="no-break">ab”。</span></p></body>');
  });
});

describe('tableColumns on a narrow screen', () => {
  const template = getTemplate('jinqiao');
  const span = { file: 'x.md', start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const cell = (value: string): Inline[] => [{ kind: 'text', value, span }];
  const table = (head: string[], rows: string[][]): Table => ({ kind: 'table', align: head.map(() => null), head: head.map(cell), rows: rows.map((r) => r.map(cell)), span });
  const oneEm = (text: string): number => [...text].length;
  const areaEms = Math.floor((template.grid.chars * template.grid.size) / template.table.size);

  it('lets a short table narrow to its one-line width', () => {
    const columns = tableColumns(table(['姓名', '电话'], [['张三', '12345678']]), template, oneEm);
    expect(columns.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 1);
    expect(columns.minWidth).toBeGreaterThan(6);
    expect(columns.minWidth).toBeLessThan(areaEms / 2);
  });

  it('keeps a long column at least four characters wide, and never asks for more than the type area', () => {
    const long = '上海市中国工程院院士咨询与学术活动中心'.repeat(4);
    const narrow = tableColumns(table(['序号', '说明'], [['1', long]]), template, oneEm);
    const share = narrow.shares[1] ?? 0;
    expect((narrow.minWidth * template.table.size * share) / 100).toBeGreaterThanOrEqual(4 * template.table.size);
    const wide = tableColumns(table(['甲', '乙', '丙'], [[long, long, 'x'.repeat(200)]]), template, oneEm);
    expect(wide.minWidth).toBe(areaEms);
  });
});
