import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue, type Bookmark, type BuildResult } from '../../src/index.js';
import { linesOf, readPdf, stripWhitespace, type PdfContent } from '../e2e/pdfText.js';
import { openIssueInChromium, type Chromium, type OpenedIssue } from './chromium.js';

// Issue 6 in HTML: examples/rich.md (every rich element) built to PDF and HTML, the HTML opened
// in Debian's Chromium and each element checked on the DOM and its computed style, then printed
// and compared with our PDF.

const rich = fileURLToPath(new URL('../../examples/rich.md', import.meta.url));
const PX_PER_PT = 4 / 3;
const AREA_WIDTH = 432 * PX_PER_PT;

let dir: string;
let result: BuildResult;
let bookmarks: readonly Bookmark[];
let page: Page;
let url: string;
let requests: readonly string[];
let browser: Chromium;
let opened: OpenedIssue | undefined;

/** The type area on screen: the body's content box. */
async function typeArea(p: Page): Promise<{ left: number; right: number }> {
  return p.evaluate(() => {
    const box = document.body.getBoundingClientRect();
    const style = getComputedStyle(document.body);
    return { left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight) };
  });
}

beforeAll(async () => {
  opened = await openIssueInChromium(rich, 'html-rich');
  ({ dir, result, bookmarks, browser, page, url, requests } = opened);
}, 120_000);

afterAll(async () => {
  await opened?.close();
});

describe('examples/rich.md as a page in Chromium', () => {
  it('is written beside the PDF, under 600 KB, with only the raw HTML warned about', async () => {
    expect(result.outputs).toEqual([path.join(dir, 'rich.pdf'), path.join(dir, 'rich.html')]);
    expect([...new Set(result.diagnostics.map((d) => d.rule))]).toEqual(['markdown/raw-html']);
    const { size } = await stat(path.join(dir, 'rich.html'));
    expect(size).toBeLessThan(600 * 1024);
  });

  it('loads every font it declares, the monospace face for code among them', async () => {
    const fonts = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), status: f.status })));
    expect(fonts.map((f) => f.family).sort()).toEqual([
      'bulletin BulletinKai-Regular',
      'bulletin NotoSansCJKsc-Medium',
      'bulletin NotoSansMono-Regular',
      'bulletin NotoSerifCJKsc-Black',
      'bulletin NotoSerifCJKsc-Regular',
    ]);
    for (const f of fonts) expect(f.status, f.family).toBe('loaded');
  });

  it('sets every glyph in an embedded font (code in Noto Sans Mono), none in a system font', async () => {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const fontsOf = async (selector: string): Promise<{ name: string; custom: boolean }[]> => {
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
      const used: { name: string; custom: boolean }[] = [];
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        for (const f of fonts) used.push({ name: f.postScriptName ?? f.familyName, custom: f.isCustomFont });
      }
      return used;
    };
    const all = await fontsOf('body, body *');
    expect(all.length).toBeGreaterThan(0);
    for (const f of all) {
      expect(f.custom, f.name).toBe(true);
      expect(f.name).toMatch(/^(BulletinKai|NotoSerifCJKsc-Regular|NotoSerifCJKsc-Black|NotoSansCJKsc-Medium|NotoSansMono-Regular)/);
    }
    // The code block's text sits in a `code` inside the `pre`: the browser's own `code` style
    // (generic monospace) must not reach it.
    for (const selector of ['pre > code', 'p > code']) expect((await fontsOf(selector)).map((f) => f.name)).toEqual(['NotoSansMono-Regular']);
  });

  it('makes no request beyond the page itself, and has no script', async () => {
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
    expect(requests).toContain(url);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
  });

  it('has its headings in the order and at the levels of the PDF bookmarks, one article per # title', async () => {
    const shape = await page.evaluate(() => ({
      headings: [...document.querySelectorAll('main :is(h1, h2, h3, h4)')].map((h) => ({ level: Number(h.tagName[1]), text: h.textContent ?? '' })),
      articles: [...document.querySelectorAll('body > main > article')].map((a) => a.firstElementChild?.tagName),
      preamble: [...document.querySelectorAll('body > main > .preamble > *')].map((e) => e.className),
    }));
    expect(bookmarks.filter((b) => b.level === 1)).toHaveLength(2);
    expect(shape.headings.map((h) => ({ level: h.level, text: stripWhitespace(h.text) }))).toEqual(bookmarks.map((b) => ({ level: b.level, text: stripWhitespace(b.title) })));
    expect(shape.articles).toEqual(['H1', 'H1']);
    // The editor's note speaks for the whole issue: it comes before the first article.
    expect(shape.preamble).toEqual(['editors-note font-kai']);
  });
});

describe('本期要目', () => {
  it('follows the masthead: a nav headed 本期要目 listing each article title as a link to it', async () => {
    const contents = await page.evaluate(() => {
      const nav = document.querySelector('nav.contents');
      const title = nav?.querySelector('h2');
      return {
        after: nav?.previousElementSibling?.tagName,
        next: nav?.nextElementSibling?.tagName,
        label: nav?.getAttribute('aria-labelledby') === title?.id,
        title: title?.textContent,
        titleFont: title ? getComputedStyle(title).fontFamily : '',
        titleAlign: title ? getComputedStyle(title).textAlign : '',
        entries: [...(nav?.querySelectorAll('ol > li > a') ?? [])].map((a) => {
          const target = document.getElementById((a.getAttribute('href') ?? '').slice(1));
          return { href: a.getAttribute('href'), text: a.textContent, target: target?.tagName, targetText: target?.textContent, inArticle: target?.parentElement?.tagName };
        }),
      };
    });
    expect(contents).toMatchObject({ after: 'HEADER', next: 'MAIN', label: true, title: '本期要目', titleAlign: 'center' });
    expect(contents.titleFont).toMatch(/^"bulletin NotoSansCJKsc-Medium"/);
    expect(contents.entries.map((e) => e.href)).toEqual(['#article-1', '#article-2']);
    for (const e of contents.entries) {
      expect(e.target).toBe('H1');
      expect(e.inArticle).toBe('ARTICLE');
      expect(stripWhitespace(e.text ?? '')).toBe(stripWhitespace(e.targetText ?? ''));
    }
    expect(stripWhitespace(contents.entries[1]?.text ?? '')).toBe('2014年度产业技术调查数据');
  });

  it('takes the reader to the article when an entry is clicked', async () => {
    await page.click('nav.contents a[href="#article-2"]');
    const at = await page.evaluate(() => ({ hash: location.hash, top: document.getElementById('article-2')?.getBoundingClientRect().top ?? -1 }));
    expect(at.hash).toBe('#article-2');
    expect(Math.abs(at.top)).toBeLessThan(2);
    await page.evaluate(() => {
      history.replaceState(null, '', location.pathname);
      window.scrollTo(0, 0);
    });
  });
});

describe('figures', () => {
  it('are figure > img with data: URLs (JPEG, PNG) scaled to the type area, at most half its height', async () => {
    const area = await typeArea(page);
    const figures = await page.evaluate(() =>
      [...document.querySelectorAll('article figure')].map((f) => {
        const img = f.querySelector('img') as HTMLImageElement;
        const box = img.getBoundingClientRect();
        // object-fit: contain draws the picture inside the box, keeping its proportions.
        const scale = Math.min(box.width / img.naturalWidth, box.height / img.naturalHeight);
        return {
          src: /^data:image\/[a-z]+;base64,/.exec(img.src)?.[0],
          decoded: img.complete && img.naturalWidth > 0,
          box: { left: box.left, right: box.right, height: box.height },
          drawn: { width: img.naturalWidth * scale, height: img.naturalHeight * scale },
          fit: getComputedStyle(img).objectFit,
          breakInside: getComputedStyle(f).breakInside,
        };
      }),
    );
    expect(figures.map((f) => f.src)).toEqual(['data:image/jpeg;base64,', 'data:image/png;base64,']);
    for (const f of figures) {
      expect(f.decoded).toBe(true);
      expect(f.fit).toBe('contain');
      expect(f.breakInside).toBe('avoid');
      expect(f.box.left).toBeGreaterThanOrEqual(area.left - 0.5);
      expect(f.box.right).toBeLessThanOrEqual(area.right + 0.5);
      expect(f.drawn.width).toBeLessThanOrEqual(AREA_WIDTH + 0.5);
      expect(f.drawn.height).toBeLessThanOrEqual(315 * PX_PER_PT + 0.5);
      // As in the PDF: as wide as the type area unless that would make it too tall.
      expect(Math.min(AREA_WIDTH - f.drawn.width, 315 * PX_PER_PT - f.drawn.height)).toBeLessThan(1);
    }
  });

  it('have their caption below, centred, in Kai at 五号 (10.5 pt)', async () => {
    const area = await typeArea(page);
    const captions = await page.evaluate(() =>
      [...document.querySelectorAll('article figure')].map((f) => {
        const caption = f.querySelector('figcaption') as HTMLElement;
        const style = getComputedStyle(caption);
        const range = document.createRange();
        range.selectNodeContents(caption);
        const ink = range.getBoundingClientRect();
        return {
          last: f.lastElementChild === caption,
          below: ink.top >= (f.querySelector('img') as HTMLElement).getBoundingClientRect().bottom,
          font: style.fontFamily,
          size: style.fontSize,
          align: style.textAlign,
          centre: (ink.left + ink.right) / 2,
        };
      }),
    );
    expect(captions).toHaveLength(2);
    for (const c of captions) {
      expect(c).toMatchObject({ last: true, below: true, size: '14px', align: 'center' });
      expect(c.font).toMatch(/^"bulletin BulletinKai-Regular"/);
      expect(Math.abs(c.centre - (area.left + area.right) / 2)).toBeLessThan(2);
    }
  });
});

describe('the table', () => {
  it('has a thead in Hei repeated on each printed page, rows kept whole, and the Markdown’s alignment', async () => {
    const table = await page.evaluate(() => {
      const t = document.querySelector('article table') as HTMLTableElement;
      const thead = t.tHead as HTMLTableSectionElement;
      const row = t.tBodies[0]?.rows[0] as HTMLTableRowElement;
      return {
        head: [...thead.querySelectorAll('th')].map((th) => th.textContent),
        rows: t.tBodies[0]?.rows.length,
        headDisplay: getComputedStyle(thead).display,
        headFont: getComputedStyle(thead.querySelector('th') as Element).fontFamily,
        bodyFont: getComputedStyle(row.cells[0] as Element).fontFamily,
        size: getComputedStyle(row.cells[0] as Element).fontSize,
        rowBreak: [...t.querySelectorAll('tr')].every((tr) => getComputedStyle(tr).breakInside === 'avoid'),
        headAlign: [...thead.querySelectorAll('th')].map((th) => getComputedStyle(th).textAlign),
        align: [...row.cells].map((td) => getComputedStyle(td).textAlign),
        // Short columns (序号, 单位类型) keep their header on one line, as in the PDF.
        headLines: [...thead.querySelectorAll('th')].map((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
        width: t.getBoundingClientRect().width,
      };
    });
    expect(table.head).toEqual(['序号', '单位类型', '调查对象', '研发人员（人）', '研发投入（万元）', '备注']);
    expect(table.rows).toBe(20);
    expect(table.headDisplay).toBe('table-header-group');
    expect(table.headFont).toMatch(/^"bulletin NotoSansCJKsc-Medium"/);
    expect(table.bodyFont).toMatch(/^"bulletin NotoSerifCJKsc-Regular"/);
    expect(table.size).toBe('14px');
    expect(table.rowBreak).toBe(true);
    expect(table.headAlign.every((a) => a === 'center')).toBe(true);
    // |:--:|:--|:--|--:|--:|:--|
    expect(table.align).toEqual(['center', 'left', 'left', 'right', 'right', 'left']);
    expect(table.headLines).toEqual([1, 1, 1, 1, 1, 1]);
    expect(Math.abs(table.width - AREA_WIDTH)).toBeLessThan(1);
  });
});

describe('lists', () => {
  it('nest three levels with the markers 1. / （1） / ①, and • for unordered lists', async () => {
    const lists = await page.evaluate(() => {
      const markers = (list: Element | null): string[] => [...(list?.children ?? [])].map((li) => li.querySelector(':scope > .marker')?.textContent ?? '');
      const top = document.querySelector('article > ol.list');
      const second = top?.querySelector(':scope > li > div > ol.list') ?? null;
      const third = second?.querySelector(':scope > li > div > ol.list') ?? null;
      const ul = document.querySelector('article > ul.list');
      const nested = ul?.querySelector(':scope > li > div > ul.list') ?? null;
      const left = (e: Element | null | undefined): number => e?.getBoundingClientRect().left ?? NaN;
      const textLeft = (list: Element | null): number => left(list?.querySelector(':scope > li > div'));
      return {
        top: markers(top),
        second: markers(second),
        third: markers(third),
        ul: markers(ul),
        nested: markers(nested),
        // The items' text lines up after markers of different widths (（1） （2）).
        aligned: [top, second, third, ul].map((list) => new Set([...(list?.children ?? [])].map((li) => left(li.querySelector(':scope > div')))).size),
        // Each level's markers start 2 em right of the text of the level above.
        indents: [
          left(second?.querySelector('.marker')) - textLeft(top),
          left(third?.querySelector('.marker')) - textLeft(second),
        ],
        em: parseFloat(getComputedStyle(document.body).fontSize),
        listStyle: top ? getComputedStyle(top).listStyleType : '',
      };
    });
    expect(lists.top).toEqual(['1.', '2.', '3.']);
    expect(lists.second).toEqual(['（1）', '（2）']);
    expect(lists.third).toEqual(['①', '②']);
    expect(lists.ul).toEqual(['•', '•', '•']);
    expect(lists.nested).toEqual(['•', '•']);
    expect(lists.listStyle).toBe('none');
    expect(lists.aligned).toEqual([1, 1, 1, 1]);
    for (const indent of lists.indents) expect(indent).toBeCloseTo(2 * lists.em, 0);
  });
});

describe('footnotes', () => {
  it('link each call ①②③ to its note at the end of its article, and each note back to its call', async () => {
    const notes = await page.evaluate(() =>
      [...document.querySelectorAll('sup.footnote-ref > a')].map((a) => {
        const note = document.querySelector(a.getAttribute('href') ?? '#none');
        const back = note?.querySelector(':scope > a.footnote-back');
        const section = note?.closest('section.footnotes');
        return {
          mark: a.textContent,
          href: a.getAttribute('href'),
          id: a.id,
          back: back?.getAttribute('href'),
          backMark: back?.textContent,
          sameArticle: a.closest('article') === section?.closest('article'),
          sectionLast: section?.parentElement?.lastElementChild === section,
          text: note?.textContent ?? '',
          size: note ? getComputedStyle(note).fontSize : '',
          raised: getComputedStyle(a.parentElement as Element).verticalAlign,
        };
      }),
    );
    expect(notes.map((n) => [n.mark, n.href, n.id, n.back, n.backMark])).toEqual([
      ['①', '#fn-1', 'fnref-1', '#fnref-1', '①'],
      ['②', '#fn-2', 'fnref-2', '#fnref-2', '②'],
      ['③', '#fn-3', 'fnref-3', '#fnref-3', '③'],
    ]);
    for (const n of notes) expect(n).toMatchObject({ sameArticle: true, sectionLast: true, size: '12px', raised: 'super' });
    expect(notes[0]?.text).toContain('会议地址：上海市浦东新区科苑路');
    expect(notes[2]?.text).toContain('未经审计');
  });
});

describe('links, code, quotes, rules', () => {
  it('makes the written URL and the bare e-mail address links with rel="noopener"', async () => {
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].filter((a) => !(a.getAttribute('href') ?? '').startsWith('#')).map((a) => ({ href: a.getAttribute('href'), text: a.textContent, rel: a.getAttribute('rel') })),
    );
    expect(links).toEqual([
      { href: 'https://www.sast.org.cn/', text: 'https://www.sast.org.cn/', rel: 'noopener' },
      { href: 'mailto:jqcz@sast.org.cn', text: 'jqcz@sast.org.cn', rel: 'noopener' },
    ]);
  });

  it('sets code spans and the code block in Noto Sans Mono, the block’s lines kept', async () => {
    const code = await page.evaluate(() => {
      const span = document.querySelector('article p > code') as HTMLElement;
      const pre = document.querySelector('article pre') as HTMLElement;
      const inner = pre.querySelector('code') as HTMLElement;
      return {
        span: [span.textContent, getComputedStyle(span).fontFamily],
        pre: [inner.textContent, getComputedStyle(inner).fontFamily, getComputedStyle(pre).whiteSpace, getComputedStyle(pre).fontSize],
      };
    });
    expect(code.span[0]).toBe('bulletin build --format both');
    expect(code.span[1]).toMatch(/^"bulletin NotoSansMono-Regular"/);
    expect(code.pre[0]).toBe('npx bulletin build examples/rich.md -f both -o out');
    expect(code.pre[1]).toMatch(/^"bulletin NotoSansMono-Regular"/);
    expect(code.pre.slice(2)).toEqual(['pre-wrap', '14px']);
  });

  it('indents the other block quote 2 em both sides, in Kai', async () => {
    const quote = await page.evaluate(() => {
      const q = document.querySelector('article blockquote.quote') as HTMLElement;
      const style = getComputedStyle(q);
      return { text: q.textContent, font: style.fontFamily, left: style.marginLeft, right: style.marginRight };
    });
    expect(quote.text).toContain('产业技术的突破');
    expect(quote.font).toMatch(/^"bulletin BulletinKai-Regular"/);
    expect(quote).toMatchObject({ left: '32px', right: '32px' });
  });

  it('draws the thematic break as a short centred rule on a grid line of its own', async () => {
    const area = await typeArea(page);
    const hr = await page.evaluate(() => {
      const e = document.querySelector('article hr') as HTMLElement;
      const style = getComputedStyle(e);
      const box = e.getBoundingClientRect();
      return {
        left: box.left,
        right: box.right,
        width: box.width,
        border: [style.borderTopStyle, parseFloat(style.borderTopWidth), style.borderTopColor],
        space: box.height + parseFloat(style.marginTop) + parseFloat(style.marginBottom),
      };
    });
    expect(hr.width).toBeCloseTo(108 * PX_PER_PT, 0);
    expect(Math.abs(hr.left - area.left - (area.right - hr.right))).toBeLessThan(1);
    expect(hr.border[0]).toBe('solid');
    expect(hr.border[1]).toBeGreaterThan(0);
    expect(hr.border[1]).toBeLessThanOrEqual(1);
    expect(hr.border[2]).toBe('rgb(0, 0, 0)');
    expect(hr.space).toBeCloseTo(18 * PX_PER_PT, 0);
  });
});

describe('examples/rich.md printed by Chromium', () => {
  let printed: PdfContent;
  let ours: PdfContent;

  beforeAll(async () => {
    printed = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    ours = await readPdf(new Uint8Array(await readFile(path.join(dir, 'rich.pdf'))));
  }, 60_000);

  it('has as many pages as our PDF, within one', () => {
    expect(ours.pageCount).toBe(result.pages);
    expect(Math.abs(printed.pageCount - ours.pageCount)).toBeLessThanOrEqual(1);
  });

  it('repeats the table’s header row on the page the table continues on', () => {
    const pagesWith = (test: (line: string) => boolean): number[] =>
      printed.pages.filter((p) => linesOf(p.items).some((l) => test(stripWhitespace(l.text)))).map((p) => p.number);
    const header = pagesWith((l) => l.startsWith('序号单位类型调查对象'));
    const first = pagesWith((l) => /^1科研院所/.test(l));
    const last = pagesWith((l) => /^20企业/.test(l));
    expect(header.length).toBeGreaterThanOrEqual(2);
    expect(last[0]).toBeGreaterThan(first[0] ?? Infinity);
    expect(header).toEqual(expect.arrayContaining([first[0], last[0]]));
  });
});

// examples/rich.md writes its line break as raw `<br>`, which is left out like all raw HTML: a
// Markdown hard break (a backslash at the line end) is checked on an issue of its own, with two
// articles and `break: page`.
describe('a hard line break, and break: page', () => {
  const ISSUE = `---
title: 金桥会议传真
issue: 2
date: 2015-03-01
sponsors: [上海产业技术研究院]
break: page
---

# 第一篇

会议最后，主办单位宣布：第九次会议将于秋季在上海举行。\\
敬请关注。

# 第二篇

第二篇的正文。
`;
  let second: Page;
  let printedPages: number;

  beforeAll(async () => {
    const file = path.join(dir, 'breaks.md');
    await writeFile(file, ISSUE);
    const built = await buildIssue(file, { format: 'html', systemFontDirs: [], cacheDir: path.join(dir, 'cache') });
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    second = await browser.context.newPage();
    await second.setViewportSize({ width: 900, height: 1200 });
    await second.goto(pathToFileURL(path.join(dir, 'breaks.html')).href);
    await second.evaluate(() => document.fonts.ready);
    printedPages = (await readPdf(await second.pdf({ format: 'A4', preferCSSPageSize: true }))).pageCount;
  }, 60_000);

  it('starts a new line, flush with the paragraph’s left edge (no indent)', async () => {
    const lines = await second.evaluate(() => {
      const p = document.querySelector('article p') as HTMLElement;
      const br = p.querySelector('br');
      const after = br?.nextSibling;
      const range = document.createRange();
      range.selectNodeContents(after as Node);
      const first = document.createRange();
      first.setStart(p.firstChild as Node, 0);
      first.setEnd(p.firstChild as Node, 1);
      return {
        br: br !== null,
        // From the break to the paragraph's end: its last characters are kept together in a span.
        after: [...p.childNodes].slice([...p.childNodes].indexOf(br as ChildNode) + 1).map((n) => n.textContent).join(''),
        left: range.getBoundingClientRect().left - p.getBoundingClientRect().left,
        below: range.getBoundingClientRect().top - first.getBoundingClientRect().top,
        indent: first.getBoundingClientRect().left - p.getBoundingClientRect().left,
      };
    });
    expect(lines).toMatchObject({ br: true, after: '敬请关注。' });
    expect(Math.abs(lines.left)).toBeLessThan(0.5);
    expect(lines.indent).toBeCloseTo(32, 0);
    expect(lines.below).toBeCloseTo(24, 0);
  });

  it('opens each article after the first on a new printed page', async () => {
    const breaks = await second.evaluate(() => [...document.querySelectorAll('main > article')].map((a) => getComputedStyle(a).breakBefore));
    expect(breaks).toEqual(['auto', 'page']);
    expect(printedPages).toBe(2);
  });
});
