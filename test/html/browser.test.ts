import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult, Bookmark } from '../../src/index.js';
import { readPdf } from '../e2e/pdfText.js';
import { referenceIssue } from '../e2e/reference.js';
import { openIssueInChromium, type Chromium, type OpenedIssue } from './chromium.js';

// The reference issue built to PDF and HTML, the HTML opened in Debian's Chromium as a reader
// would open it (docs/layout.md C), then printed by Chromium and compared with our PDF.

let dir: string;
let result: BuildResult;
let bookmarks: readonly Bookmark[];
let page: Page;
let url: string;
let requests: readonly string[];
let browser: Chromium;
let opened: OpenedIssue | undefined;

beforeAll(async () => {
  opened = await openIssueInChromium(referenceIssue, 'html-browser');
  ({ dir, result, bookmarks, browser, page, url, requests } = opened);
}, 120_000);

afterAll(async () => {
  await opened?.close();
});

describe('the reference page in Chromium', () => {
  it('is written beside the PDF, under 600 KB', async () => {
    expect(result.outputs).toEqual([path.join(dir, '2014-04.pdf'), path.join(dir, '2014-04.html')]);
    expect(result.output).toBe(path.join(dir, '2014-04.pdf'));
    const { size } = await stat(path.join(dir, '2014-04.html'));
    expect(size).toBe(result.htmlBytes);
    expect(size).toBeLessThan(600 * 1024);
  });

  it('loads every font it declares', async () => {
    const fonts = await page.evaluate(() => [...document.fonts].map((f) => ({ family: f.family, status: f.status })));
    expect(fonts.map((f) => f.family.replace(/"/g, '')).sort()).toEqual([
      'bulletin BulletinKai-Regular',
      'bulletin NotoSansCJKsc-Medium',
      'bulletin NotoSerifCJKsc-Black',
      'bulletin NotoSerifCJKsc-Regular',
    ]);
    for (const f of fonts) expect(f.status, f.family).toBe('loaded');
  });

  it('sets every glyph in an embedded font, none in a system font', async () => {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'body, body *' });
    const used: { name: string; custom: boolean; glyphs: number }[] = [];
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const f of fonts) used.push({ name: f.postScriptName ?? f.familyName, custom: f.isCustomFont, glyphs: f.glyphCount });
    }
    expect(used.length).toBeGreaterThan(0);
    for (const f of used) {
      expect(f.custom, f.name).toBe(true);
      expect(f.name).toMatch(/^(BulletinKai|NotoSerifCJKsc-Regular|NotoSerifCJKsc-Black|NotoSansCJKsc-Medium)/);
    }
  });

  it('makes no request beyond the page itself', () => {
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
    expect(requests).toContain(url);
  });

  it('is a zh-CN document without script, structured as header, main > article, footer', async () => {
    const shape = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      scripts: document.scripts.length,
      title: document.querySelector('body > header.masthead > h1')?.textContent,
      article: document.querySelectorAll('body > main > article').length,
      note: document.querySelector('article > blockquote.editors-note > p > strong')?.textContent,
      colophon: [...document.querySelectorAll('body > footer.colophon > p')].map((p) => p.textContent),
      disclaimer: document.querySelector('main > p.disclaimer')?.textContent,
    }));
    expect(shape).toEqual({
      lang: 'zh-CN',
      scripts: 0,
      title: '金桥会议传真',
      article: 1,
      note: '编者按：',
      // The space typed after ” goes, as in the PDF (docs/layout.md B.4: no gap next to a Chinese mark).
      colophon: ['“金桥产业技术创新会议”秘书组', '地址：上海科苑路1278号\u3000邮编：201203\u3000邮箱：jqcz@sast.org.cn'],
      disclaimer: '（交流资料\u3000仅供参考）',
    });
  });

  it('has the PDF bookmarks as its h2/h3 headings, in order', async () => {
    const headings = await page.evaluate(() => [...document.querySelectorAll('article :is(h1, h2, h3, h4)')].map((h) => ({ level: Number(h.tagName[1]), text: h.textContent ?? '' })));
    const strip = (s: string): string => s.replace(/\s+/g, '');
    expect(bookmarks.length).toBe(5);
    expect(headings.map((h) => ({ level: h.level, text: strip(h.text) }))).toEqual(bookmarks.map((b) => ({ level: b.level, text: strip(b.title) })));
  });

  it('sets the masthead title red, 42 pt, centred on the type area', async () => {
    const title = await page.evaluate(() => {
      const h1 = document.querySelector('.masthead-title') as HTMLElement;
      const style = getComputedStyle(h1);
      const range = document.createRange();
      range.selectNodeContents(h1);
      const ink = range.getBoundingClientRect();
      const area = document.body.getBoundingClientRect();
      const bodyStyle = getComputedStyle(document.body);
      const areaLeft = area.left + parseFloat(bodyStyle.paddingLeft);
      const areaRight = area.right - parseFloat(bodyStyle.paddingRight);
      // Letter spacing follows the last character too: it is not ink.
      const inkCentre = (ink.left + ink.right - parseFloat(style.letterSpacing)) / 2;
      return { colour: style.color, size: style.fontSize, align: style.textAlign, offset: inkCentre - (areaLeft + areaRight) / 2 };
    });
    expect(title.colour).toBe('rgb(230, 0, 18)');
    expect(title.size).toBe('56px');
    expect(title.align).toBe('center');
    expect(Math.abs(title.offset)).toBeLessThanOrEqual(2);
  });

  it('sets “ in the Kai editor’s note 1 em wide, from the body face (LXGW WenKai’s “ ” ‘ ’ · are 0.35 em)', async () => {
    const note = await page.evaluate(() => {
      const p = document.querySelector('.editors-note p') as HTMLElement;
      const em = parseFloat(getComputedStyle(p).fontSize);
      const quotes: { width: number; top: number; before: number }[] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = text.indexOf('“'); i > 0; i = text.indexOf('“', i + 1)) {
          const rect = (from: number): DOMRect => {
            const range = document.createRange();
            range.setStart(node as Node, from);
            range.setEnd(node as Node, from + 1);
            return range.getBoundingClientRect();
          };
          const quote = rect(i);
          quotes.push({ width: quote.width / em, top: quote.top, before: rect(i - 1).top });
        }
      }
      const kai = [...document.fonts].find((f) => f.family.includes('BulletinKai'));
      return { quotes, kaiRange: kai?.unicodeRange ?? '' };
    });
    // A quote after a Han character on the same line: neither trimmed at a line start nor
    // compressed against another mark.
    const inLine = note.quotes.filter((q) => q.top === q.before);
    expect(inLine.length).toBeGreaterThan(0);
    for (const q of inLine) expect(q.width).toBeCloseTo(1, 1);
    // Kai's @font-face leaves the quotes the note uses to the next face of the stack.
    expect(note.kaiRange).toMatch(/U\+201E-10FFFF/i);
    expect(note.kaiRange).not.toMatch(/U\+201C/i);
  });

  it('justifies the body: Chinese line breaking, and every line but a paragraph’s last flush right', async () => {
    const paragraphs = await page.evaluate(() =>
      [...document.querySelectorAll('article p')].map((p) => {
        const style = getComputedStyle(p);
        const box = p.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(p);
        // Boxes of one line differ in height by face (Hei, Kai, Song): group them by centre.
        const boxes = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top + a.bottom - b.top - b.bottom);
        const lines: { centre: number; right: number }[] = [];
        for (const r of boxes) {
          const centre = (r.top + r.bottom) / 2;
          const line = lines.at(-1);
          if (line && centre - line.centre < 8) line.right = Math.max(line.right, r.right);
          else lines.push({ centre, right: r.right });
        }
        const rights = lines.map((l) => l.right);
        return { align: style.textAlign, justify: style.getPropertyValue('text-justify'), lineBreak: style.lineBreak, indent: style.textIndent, right: box.right, rights };
      }),
    );
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const p of paragraphs) {
      expect(p.align).toBe('justify');
      // `auto`, not `inter-character`: see the next test and src/render/html/issueCss.ts.
      expect(p.justify).toBe('auto');
      expect(p.lineBreak).toBe('strict');
      expect(p.indent).toBe('32px');
      for (const right of p.rights.slice(0, -1)) expect(Math.abs(right - p.right)).toBeLessThanOrEqual(1);
    }
  });

  it('stretches justified lines between Han characters, never between the letters of a Latin word', async () => {
    const words = await page.evaluate(() => {
      const found: { word: string; justified: number; natural: number }[] = [];
      for (const p of document.querySelectorAll('article p')) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const ranges: { word: string; range: Range }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of (node.textContent ?? '').matchAll(/[A-Za-z]{4,}/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            ranges.push({ word: m[0], range });
          }
        }
        const justified = ranges.map((r) => r.range.getBoundingClientRect().width);
        (p as HTMLElement).style.textAlign = 'left';
        ranges.forEach((r, i) => found.push({ word: r.word, justified: justified[i] ?? 0, natural: r.range.getBoundingClientRect().width }));
        (p as HTMLElement).style.textAlign = '';
      }
      return found;
    });
    expect(words.length).toBeGreaterThan(10);
    for (const w of words) expect(w.justified - w.natural, w.word).toBeLessThanOrEqual(0.5);
  });
});

describe('the reference page printed by Chromium', () => {
  let printed: Uint8Array;

  beforeAll(async () => {
    printed = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  }, 60_000);

  it('has as many pages as our PDF, within one', async () => {
    const ours = await readPdf(new Uint8Array(await readFile(path.join(dir, '2014-04.pdf'))));
    const theirs = await readPdf(printed);
    expect(Math.abs(theirs.pageCount - ours.pageCount)).toBeLessThanOrEqual(1);
    expect(theirs.pages[0]?.items.some((i) => i.str.includes('1'))).toBe(true);
    // Reading two PDFs of 3 pages takes pdfjs 2–3 s alone, more on a busy machine.
  }, 30_000);

  it('embeds only our fonts (pdffonts: no DejaVu, Liberation or other system face)', async () => {
    const file = path.join(dir, 'printed.pdf');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, printed));
    let listing: string;
    try {
      listing = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`pdffonts (poppler-utils) is needed to check the printed fonts: ${String(error)}`);
    }
    const rows = listing.split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    // Chromium embeds CFF faces as unnamed Type 3 fonts and TrueType faces under their own name
    // with a subset tag; a system fallback would appear under its own name.
    const named = rows.map((r) => r.split(/\s+/)[0] ?? '').filter((n) => n !== '[none]');
    for (const name of named) expect(name.replace(/^[A-Z]{6}\+/, '')).toMatch(/^(BulletinKai-Regular|NotoSerifCJKsc-Regular|NotoSerifCJKsc-Black|NotoSansCJKsc-Medium)$/);
    expect(listing).not.toMatch(/DejaVu|Liberation|Arial|Helvetica|Times|Droid|WenQuanYi|AR ?PL/i);
  });
});
