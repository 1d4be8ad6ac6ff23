import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../e2e/reference.js';
import { openIssueInChromium, type OpenedIssue } from '../html/chromium.js';

// Issue 12, "done when": a user template in a folder that extends jinqiao and changes the title,
// the issue-line pattern, the rule and the body grid: each change visible in the HTML too
// (test/template/userTemplate.test.ts checks the PDF). Screenshot to $TPL_SHOTS when set.

const PX = 96 / 72;
const BLUE = 'rgb(0, 80, 160)';
let opened: OpenedIssue | undefined;
let page: Page;

beforeAll(async () => {
  opened = await openIssueInChromium(path.join(repoRoot, 'test', 'fixtures', 'template', 'archive', '2014-05.md'), 'tpl-html-ours');
  page = opened.page;
  const shots = process.env['TPL_SHOTS'];
  if (shots) {
    await mkdir(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'html-user-template.png') });
  }
}, 120_000);
afterAll(async () => {
  await opened?.close();
});

describe('a user template’s page in Chromium', () => {
  it('shows its own title in blue, its 〔年〕号 issue line, its labels left and right, and its logo', async () => {
    const m = await page.evaluate(() => {
      const box = (el: Element | null): DOMRect => (el as HTMLElement).getBoundingClientRect();
      const body = document.body.getBoundingClientRect();
      const s = getComputedStyle(document.body);
      const texts = [...document.querySelectorAll('header.masthead > p')].map((p) => ({ text: p.textContent ?? '', left: box(p).left, right: box(p).right, align: getComputedStyle(p).textAlign }));
      const title = document.querySelector('header.masthead > h1') as HTMLElement;
      const logo = document.querySelector('header.masthead > img.masthead-logo') as HTMLImageElement | null;
      return {
        area: { left: body.left + parseFloat(s.paddingLeft), right: body.right - parseFloat(s.paddingRight) },
        title: { text: title.textContent, colour: getComputedStyle(title).color, size: parseFloat(getComputedStyle(title).fontSize) },
        texts,
        logo: logo ? { src: logo.src.slice(0, 22), width: box(logo).width, left: box(logo).left, loaded: logo.complete && logo.naturalWidth > 0 } : undefined,
      };
    });
    expect(m.title).toEqual({ text: '某某工作简报', colour: BLUE, size: 36 * PX });
    expect(m.texts.map((t) => t.text)).toEqual(['内部资料 注意保存', '编号：0042', '〔2014〕5号']);
    expect(m.texts.map((t) => t.align)).toEqual(['left', 'right', 'center']);
    expect(m.logo).toMatchObject({ src: 'data:image/png;base64,', loaded: true });
    expect(m.logo?.width).toBeCloseTo(40 * PX, 0);
    expect(m.logo?.left).toBeCloseTo(m.area.left, 0);
  });

  it('draws its rule blue, broken by a ★ in its middle', async () => {
    const rule = await page.evaluate(() => {
      const r = document.querySelector('header.masthead > .masthead-rule') as HTMLElement;
      const star = r.querySelector('span') as HTMLElement;
      const before = getComputedStyle(r, '::before');
      const rb = r.getBoundingClientRect();
      const sb = star.getBoundingClientRect();
      return { star: star.textContent, colour: getComputedStyle(star).color, line: before.borderTopColor, lineWidth: parseFloat(before.borderTopWidth), centre: (sb.left + sb.right) / 2 - (rb.left + rb.right) / 2 };
    });
    expect(rule).toMatchObject({ star: '★', colour: BLUE, line: BLUE });
    expect(rule.lineWidth).toBeGreaterThan(0);
    expect(Math.abs(rule.centre)).toBeLessThan(2);
  });

  it('sets the body on its own grid: 14.4 pt on 22.5 pt', async () => {
    const body = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('main article p') as HTMLElement);
      return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight) };
    });
    expect(body.size).toBeCloseTo(14.4 * PX, 1);
    expect(body.lineHeight).toBeCloseTo(22.5 * PX, 1);
  });
});
