import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linesOf, readPdf, stripWhitespace } from '../e2e/pdfText.js';
import { repoRoot } from '../e2e/reference.js';
import { openIssueInChromium, type OpenedIssue } from '../html/chromium.js';

// Issue 12, point 5: the HTML page follows the template: each built-in example opened in Debian's
// Chromium, its masthead parts where the template puts them (left, right, centred, on their grid
// lines), in their colours, and the body's size and grid. Screenshots go to $TPL_SHOTS when set.

const PX = 96 / 72;
const MM = 72 / 25.4;
const shots = process.env['TPL_SHOTS'];

interface Box {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly colour: string;
  readonly size: number;
}

/** The ink box, colour and size of each masthead child, and the type area's edges, in px. */
async function masthead(page: Page): Promise<{ parts: Box[]; area: { left: number; right: number; top: number } }> {
  return page.evaluate(() => {
    const body = document.body.getBoundingClientRect();
    const style = getComputedStyle(document.body);
    const header = document.querySelector('header.masthead') as HTMLElement;
    const parts = [...header.children].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const ink = el.textContent?.trim() ? range.getBoundingClientRect() : el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return { text: (el.textContent ?? '').replace(/\s+/g, ''), left: ink.left, right: ink.right, top: ink.top, bottom: ink.bottom, colour: s.color, size: parseFloat(s.fontSize) };
    });
    return { parts, area: { left: body.left + parseFloat(style.paddingLeft), right: body.right - parseFloat(style.paddingRight), top: header.getBoundingClientRect().top } };
  });
}

function part(parts: readonly Box[], text: string): Box {
  const found = parts.find((p) => p.text.includes(text));
  if (!found) throw new Error(`no masthead part with ${text}: ${parts.map((p) => p.text).join(' | ')}`);
  return found;
}

const RED = 'rgb(230, 0, 18)';

describe.each([['jianbao'], ['gongwen']])('%s in Chromium', (name) => {
  let opened: OpenedIssue | undefined;
  let page: Page;
  beforeAll(async () => {
    opened = await openIssueInChromium(path.join(repoRoot, 'examples', `${name}.md`), `tpl-html-${name}`);
    page = opened.page;
    if (shots) {
      await mkdir(shots, { recursive: true });
      await page.screenshot({ path: path.join(shots, `html-${name}.png`), fullPage: false });
    }
  }, 120_000);
  afterAll(async () => {
    await opened?.close();
  });

  it('builds the page without errors, the body in 三号 on the 28.95 pt grid', async () => {
    expect(opened?.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const body = await page.evaluate(() => {
      const p = document.querySelector('main article p:not(.editors-note p)') as HTMLElement;
      const s = getComputedStyle(p);
      return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight) };
    });
    expect(body.size).toBeCloseTo(16 * PX, 1);
    expect(body.lineHeight).toBeCloseTo(28.95 * PX, 1);
  });

  it('sets the masthead title red and centred, the rule red and as wide as the type area', async () => {
    const { parts, area } = await masthead(page);
    const title = parts.find((p) => p.size > 30 * PX);
    if (!title) throw new Error('no title');
    expect(title.colour).toBe(RED);
    expect(Math.abs((title.left + title.right) / 2 - (area.left + area.right) / 2)).toBeLessThan(0.3 * title.size);
    const rule = await page.evaluate(() => {
      const r = document.querySelector('.masthead-rule') as HTMLElement;
      const box = r.getBoundingClientRect();
      return { left: box.left, right: box.right, colour: getComputedStyle(r).borderTopColor, width: parseFloat(getComputedStyle(r).borderTopWidth) };
    });
    expect(rule.colour).toBe(RED);
    expect(rule.left).toBeCloseTo(area.left, 0);
    expect(rule.right).toBeCloseTo(area.right, 0);
    expect(rule.width).toBeGreaterThan(0);
  });

  if (name === 'jianbao') {
    it('puts 内部资料 注意保存 left and the 编号 right on the first line, 编印单位 left and the date right above the rule', async () => {
      const { parts, area } = await masthead(page);
      const corner = part(parts, '内部资料');
      const number = part(parts, '编号：2024-012');
      expect(corner.left).toBeCloseTo(area.left, 0);
      expect(number.right).toBeCloseTo(area.right, 0);
      expect(Math.abs(corner.top - number.top)).toBeLessThan(2);
      expect(corner.top - area.top).toBeLessThan(28.95 * PX);
      const editor = part(parts, '编印单位：某某市科学技术局办公室');
      const date = await page.evaluate(() => (document.querySelector('.masthead .date') as HTMLElement).getBoundingClientRect().toJSON() as DOMRect);
      expect(editor.left).toBeCloseTo(area.left, 0);
      expect(date.right).toBeCloseTo(area.right, 0);
      const issue = part(parts, '第12期（总第86期）');
      expect(issue.top).toBeLessThan(editor.top);
    });
  } else {
    it('puts the 发文字号 centred under the red mark, the 版记 at the end with 抄送 and 印发', async () => {
      const { parts, area } = await masthead(page);
      const mark = part(parts, '某某市人民政府办公室文件');
      const number = part(parts, '某府办发〔2014〕4号');
      expect(mark.colour).toBe(RED);
      // 7.2.4: the mark 35 mm below the top of the type area, give or take the line box.
      expect(mark.top - area.top).toBeGreaterThan(30 * (96 / 25.4));
      expect(mark.top - area.top).toBeLessThan(40 * (96 / 25.4));
      expect(number.top - mark.bottom).toBeGreaterThan(28.95 * PX);
      expect(Math.abs((number.left + number.right) / 2 - (area.left + area.right) / 2)).toBeLessThan(16 * PX);
      const colophon = await page.evaluate(() => [...document.querySelectorAll('footer.colophon > p')].map((p) => ({ text: (p.textContent ?? '').replace(/\s+/g, ''), border: parseFloat(getComputedStyle(p).borderTopWidth) })));
      expect(colophon.map((l) => l.text)).toEqual(['抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。', '某某市人民政府办公室2014年4月18日印发']);
      expect(colophon[1]?.border).toBeGreaterThan(0);
    });

    it('prints — N — at the outside edge one em in: odd pages right, even pages left (GB/T 9704 7.5)', async () => {
      await page.emulateMedia({ media: 'print' });
      const printed = await readPdf(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
      await page.emulateMedia({ media: 'screen' });
      expect(printed.pageCount).toBeGreaterThanOrEqual(2);
      const typeArea = { left: 28 * MM, right: 28 * MM + 448, bottom: 37 * MM + 22 * 28.95 };
      for (const p of printed.pages.slice(0, 2)) {
        const number = linesOf(p.items).find((l) => l.top > typeArea.bottom && stripWhitespace(l.text) === `—${p.number}—`);
        if (!number) throw new Error(`no page number on printed page ${p.number}: ${linesOf(p.items).map((l) => l.text).join(' | ')}`);
        if (p.number % 2 === 1) expect(number.right).toBeCloseTo(typeArea.right - 14, -1);
        else expect(number.left).toBeCloseTo(typeArea.left + 14, -1);
      }
    });
  }
});
