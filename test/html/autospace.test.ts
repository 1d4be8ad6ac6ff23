import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { autospace } from '../../src/render/html/autospace.js';

/** Autospaces the children of one paragraph and returns its inner HTML. */
function spaced(...children: ElementContent[]): string {
  const p: Element = h('p', children);
  autospace(h('body', [p]));
  return toHtml(p.children);
}

const text = (value: string): ElementContent => ({ type: 'text', value });

// The Han–Latin gap of docs/layout.md B.4, mirroring the PDF's glue (src/typeset/segment.ts).
describe('autospace: Latin runs inside Han text', () => {
  it.each([
    ['a typed space between Han and digits becomes the gap', '学者近 50 位', '学者近<span class="autospace-start autospace-end">50</span>位'],
    ['Han touching Latin gets the gap without a typed space', '占全国 GDP41%。', '占全国<span class="autospace-start">GDP41%</span>。'],
    ['Latin inside full-width brackets takes no gap', '研究院（SAST）、', '研究院（SAST）、'],
    ['word spaces between Latin words stay', '（Daedeok Innopolis）', '（Daedeok Innopolis）'],
    ['a run ending before Han gets the gap at its end only', 'SAST-SITI-STEPI 全球', '<span class="autospace-end">SAST-SITI-STEPI</span>全球'],
    ['a space between two Han characters stays (the PDF warns about it)', '交流资料 仅供参考', '交流资料 仅供参考'],
    ['a space next to a Chinese mark goes', '成立。 我们', '成立。我们'],
    ['text without Latin is unchanged', '加强国际合作', '加强国际合作'],
  ])('%s', (_, input, expected) => {
    expect(spaced(text(input))).toBe(expected);
  });

  it('looks across inline elements for the neighbours', () => {
    expect(spaced(h('strong', '编者按：'), text('2014年9月23日'))).toBe(
      '<strong>编者按：</strong><span class="autospace-end">2014</span>年<span class="autospace-start autospace-end">9</span>月<span class="autospace-start autospace-end">23</span>日',
    );
    expect(spaced(text('全国'), h('em', 'GDP'), text('增长'))).toBe('全国<em><span class="autospace-start autospace-end">GDP</span></em>增长');
    expect(spaced(text('见 SAST '), h('strong', '研究院'))).toBe('见<span class="autospace-start autospace-end">SAST</span><strong>研究院</strong>');
  });

  it('never changes code, and keeps the typed spaces around it as its gap', () => {
    expect(spaced(text('运行 '), h('code', 'npm  ci'), text(' 即可'))).toBe('运行 <code>npm  ci</code> 即可');
  });

  it('does not join text across block elements', () => {
    const body = h('body', [h('p', '上海'), h('p', 'IT 产业')]);
    autospace(body);
    expect(toHtml(body)).toBe('<body><p>上海</p><p><span class="autospace-end">IT</span>产业</p></body>');
  });
});

describe('autospace: full-width forms', () => {
  it('wraps dashes and middle dots so they take their full-width (fwid) forms, as in the PDF', () => {
    expect(spaced(text('决策咨询机构——韩国'))).toBe('决策咨询机<span class="no-break">构<span class="full-width">——</span></span>韩国');
    expect(spaced(text('技术—经济网络'))).toBe('技<span class="no-break">术<span class="full-width">—</span></span>经济网络');
    // At the start of a text node there is nothing to keep the marks with.
    expect(spaced(h('strong', '城市'), text('——大田'))).toBe('<strong>城市</strong><span class="full-width">——</span>大田');
  });
});
