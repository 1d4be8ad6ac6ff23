import path from 'node:path';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { NOT_AT_LINE_END, NOT_AT_LINE_START } from '../../src/typeset/charClass.js';
import { referenceIssue, tempDir } from '../e2e/reference.js';
import { launchChromium, type Chromium } from './chromium.js';
import { laidLines } from './lineStarts.js';

// Issue 11, item 2: the issue page read on a phone. The reference and the rich example, built to
// HTML, opened in Debian's Chromium at phone widths (320 and 390 px), at a desktop width (1280 px)
// and emulating print, and checked on the laid-out page.

const rich = fileURLToPath(new URL('../../examples/rich.md', import.meta.url));
const AREA_WIDTH = 432 * (4 / 3);
const TITLE_SIZE = 42 * (4 / 3);
// Every block of text a reader reads line by line.
const TEXT_BLOCKS = 'main p, main :is(h1, h2, h3, h4), main li > div > p, figcaption, .issue-line, dt, dd, .date, footer p';

let dir: string;
let browser: Chromium;
const pages = new Map<string, string>();

// A short table: on a phone it narrows with the text instead of scrolling.
const CONTACTS = `---
title: 金桥会议传真
issue: 3
date: 2015-05-01
sponsors: [上海产业技术研究院]
---

各联络人如下：

| 单位 | 联络人 | 电话 |
|:--|:--|--:|
| 秘书组 | 张三 | 50801234 |
| 研究院 | 李四 | 50805678 |
`;

beforeAll(async () => {
  dir = await tempDir('html-phone');
  const contacts = path.join(dir, 'contacts.md');
  await writeFile(contacts, CONTACTS);
  for (const issue of [referenceIssue, rich, contacts]) {
    await buildIssue(issue, { outDir: dir, format: 'html', systemFontDirs: [], cacheDir: path.join(dir, 'cache') });
    pages.set(path.basename(issue, '.md'), pathToFileURL(path.join(dir, `${path.basename(issue, '.md')}.html`)).href);
  }
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The issue's page opened at `width` px, fonts loaded; closed after `check`. */
async function at<T>(issue: string, width: number, check: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(pages.get(issue) ?? '');
    await page.evaluate(() => document.fonts.ready);
    return await check(page);
  } finally {
    await page.close();
  }
}

/** What is measured of the page at a width: the page's scroll width and the masthead's parts. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const lines = (element: Element): number => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
    };
    const box = (element: Element | null): DOMRect => (element as Element).getBoundingClientRect();
    const page = document.scrollingElement as Element;
    const title = document.querySelector('.masthead-title') as HTMLElement;
    const body = getComputedStyle(document.body);
    return {
      scrollWidth: page.scrollWidth,
      clientWidth: page.clientWidth,
      areaWidth: document.body.clientWidth - parseFloat(body.paddingLeft) - parseFloat(body.paddingRight),
      padding: parseFloat(body.paddingLeft),
      titleLines: lines(title),
      titleSize: parseFloat(getComputedStyle(title).fontSize),
      titleInk: { left: box(title).left, right: box(title).left + title.scrollWidth },
      mastheadWidth: box(document.querySelector('.masthead')).width,
      issueLineLines: lines(document.querySelector('.issue-line') as Element),
      label: { lines: lines(document.querySelector('.sponsors dt') as Element), text: document.querySelector('.sponsors dt')?.textContent ?? '' },
      sponsors: [...document.querySelectorAll('.sponsors dd')].map((dd) => ({ text: dd.textContent ?? '', lines: lines(dd), width: box(dd).width })),
      date: { lines: lines(document.querySelector('.date') as Element), right: box(document.querySelector('.date')).right },
      lastSponsorBottom: box(document.querySelector('.sponsors dd:last-of-type')).bottom,
      dateTop: box(document.querySelector('.date')).top,
      tables: [...document.querySelectorAll('.table-scroll')].map((s) => ({
        left: box(s).left,
        right: box(s).right,
        scrolls: s.scrollWidth > s.clientWidth,
        overflow: getComputedStyle(s).overflowX,
        // A cell whose content is wider than itself (a number over its rule).
        overfull: [...s.querySelectorAll('td, th')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
      })),
      figures: [...document.querySelectorAll('figure img')].map((img) => ({ left: box(img).left, right: box(img).right, width: box(img).width, height: box(img).height })),
    };
  });
}

for (const issue of ['2014-04', 'rich']) {
  describe(`${issue}.html on a phone`, () => {
    for (const width of [320, 390]) {
      it(`at ${width} px: no horizontal scroll, the margins down to 1 em, the title and the issue line on one line each`, async () => {
        const l = await at(issue, width, layout);
        expect(l.clientWidth).toBe(width);
        expect(l.scrollWidth).toBeLessThanOrEqual(l.clientWidth);
        expect(l.padding).toBeCloseTo(16, 0);
        expect(l.areaWidth).toBeCloseTo(width - 32, 0);
        expect(l.titleLines).toBe(1);
        expect(l.titleSize).toBeLessThan(TITLE_SIZE);
        // The title fills most of the width: scaled to fit, not shrunk to a token.
        expect(l.titleInk.right - l.titleInk.left).toBeGreaterThan(0.8 * l.mastheadWidth);
        expect(l.titleInk.right - l.titleInk.left).toBeLessThanOrEqual(l.mastheadWidth + 0.5);
        expect(l.issueLineLines).toBe(1);
      });

      it(`at ${width} px: the sponsors keep their label on one line and wrap only a long name; the date goes under them`, async () => {
        const l = await at(issue, width, layout);
        expect(l.label).toEqual({ lines: 1, text: '主办单位：' });
        for (const s of l.sponsors) {
          // Not shredded: each line holds at least ten characters, or the name is on one line.
          expect(s.width, s.text).toBeGreaterThanOrEqual(Math.min(10 * 16, [...s.text].length * 16) - 1);
          expect(s.lines, s.text).toBeLessThanOrEqual(Math.ceil([...s.text].length / 10));
        }
        expect(l.date.lines).toBe(1);
        expect(l.dateTop).toBeGreaterThanOrEqual(l.lastSponsorBottom - 1);
        expect(l.date.right).toBeLessThanOrEqual(width - l.padding + 0.5);
      });

      it(`at ${width} px: tables scroll in their own box, keeping the PDF's columns; figures fit`, async () => {
        const l = await at(issue, width, layout);
        for (const t of l.tables) {
          expect(t.left).toBeGreaterThanOrEqual(0);
          expect(t.right).toBeLessThanOrEqual(width);
          expect(t.overflow).toBe('auto');
          expect(t.scrolls).toBe(true);
          expect(t.overfull).toEqual([]);
        }
        for (const f of l.figures) {
          expect(f.left).toBeGreaterThanOrEqual(0);
          expect(f.right).toBeLessThanOrEqual(width);
          expect(f.width).toBeGreaterThan(0);
          expect(f.height).toBeGreaterThan(0);
        }
        if (issue === 'rich') {
          expect(l.tables.length).toBe(1);
          expect(l.figures.length).toBe(2);
        }
      });

      it(`at ${width} px: no line starts with a closing mark or a footnote call, none ends with an opening mark, no last line holds one character`, async () => {
        const lines = await at(issue, width, (page) => laidLines(page, TEXT_BLOCKS));
        expect(lines.length).toBeGreaterThan(50);
        const bad: string[] = [];
        for (const line of lines) {
          const chars = [...line.text];
          if (NOT_AT_LINE_START.has(chars[0] ?? '') || line.call[0]) bad.push(`starts ${line.block}: ${line.text}`);
          if (!line.last && NOT_AT_LINE_END.has(chars.at(-1) ?? '') && chars.at(-1) !== '·') bad.push(`ends ${line.block}: ${line.text}`);
          // 孤字 (docs/layout.md B.3.4): marks and footnote calls do not count.
          const counted = chars.filter((ch, i) => !line.call[i] && /[\p{Script=Han}\p{L}\p{N}]/u.test(ch));
          if (line.last && counted.length < 2) bad.push(`alone ${line.block}: ${line.text}`);
        }
        expect(bad).toEqual([]);
        if (issue === 'rich') expect(lines.some((l) => l.call.includes(true))).toBe(true);
      });
    }
  });
}

describe('a short table on a phone', () => {
  for (const width of [320, 390]) {
    it(`at ${width} px: fits the screen without scrolling, its numbers inside their cells`, async () => {
      const l = await at('contacts', width, layout);
      expect(l.scrollWidth).toBeLessThanOrEqual(width);
      expect(l.tables).toMatchObject([{ scrolls: false, overfull: [], overflow: 'auto' }]);
      expect(l.tables[0]?.right).toBeLessThanOrEqual(width - l.padding + 0.5);
    });
  }
});

describe('the page at 1280 px and printed', () => {
  for (const issue of ['2014-04', 'rich']) {
    it(`${issue}: at 1280 px, the A4 type area centred as before, the title at 42 pt on one line`, async () => {
      const l = await at(issue, 1280, layout);
      expect(l.scrollWidth).toBe(1280);
      expect(l.areaWidth).toBeCloseTo(AREA_WIDTH, 1);
      expect(l.padding).toBeCloseTo(64, 1);
      expect(l.titleSize).toBe(TITLE_SIZE);
      expect(l.titleLines).toBe(1);
      // Nothing to scroll: the table has the type area's width, as in the PDF.
      for (const t of l.tables) expect(t.scrolls).toBe(false);
    });

    it(`${issue}: emulating print on a phone-sized window, the type area is A4's and the title 42 pt`, async () => {
      const l = await at(issue, 390, async (page) => {
        await page.emulateMedia({ media: 'print' });
        return layout(page);
      });
      expect(l.areaWidth).toBeCloseTo(AREA_WIDTH, 1);
      expect(l.padding).toBe(0);
      expect(l.titleSize).toBe(TITLE_SIZE);
      // The table is split across printed pages, not clipped in a scrolling box.
      for (const t of l.tables) expect(t.overflow).toBe('visible');
    });
  }
});

describe('the kept-together runs', () => {
  it('add no character to the text a reader copies', async () => {
    const texts = await at('rich', 390, (page) =>
      page.evaluate(() => ({
        spans: [...document.querySelectorAll('main span.no-break')].map((s) => s.textContent ?? ''),
        text: document.body.innerText,
      })),
    );
    expect(texts.spans.length).toBeGreaterThan(20);
    for (const s of texts.spans) expect(s.length).toBeGreaterThan(0);
    expect(texts.text).not.toMatch(/[\u200b-\u200d\u2060\ufeff\u00ad]/);
    expect(texts.text).toContain('会议中心召开①。会议由上海产业技术研究院主办');
  });
});
