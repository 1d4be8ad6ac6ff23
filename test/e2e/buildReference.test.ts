import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue, type BuildResult } from '../../src/index.js';
import { linesOf, pdfStreams, readPdf, stripWhitespace, type PdfContent, type PdfLine, type PdfPage, type PdfTextItem } from './pdfText.js';
import { expectedReferenceText, firstDifference, missingFromSubsequence, referenceIssue, repoRoot, tempDir, typeArea } from './reference.js';

// Builds the reference issue once and reads the PDF back as a reader would (docs/layout.md A).
// systemFontDirs: [] leaves only the bundled fonts, so the result does not depend on the machine.

const areaRight = typeArea.left + typeArea.width;
const areaBottom = typeArea.top + typeArea.height;
const areaCentre = typeArea.left + typeArea.width / 2;

// Marks with ½ em of blank space on one side (docs/layout.md B.2). At a line edge that half is
// trimmed: an opening bracket starting a line is moved ½ em left, and a closing mark ending a
// line is set half-width, so its glyph box (full advance) reaches ½ em past the ink.
const OPENING = new Set('“‘（［｛【〖〔《〈「『');
const CLOSING = new Set('、，。；：？！”’）］｝】〗〕》〉」』');

/** The right edge of a line's ink: the glyph box, less the blank half of a line-end closing mark. */
function inkRight(line: PdfLine): number {
  const last = line.text.trimEnd().at(-1) ?? '';
  return line.right - (CLOSING.has(last) ? line.size / 2 : 0);
}

/** The left edge of a line's ink: the glyph box, plus the blank half of a line-start opening bracket. */
function inkLeft(line: PdfLine): number {
  const first = line.text.trimStart()[0] ?? '';
  return line.left + (OPENING.has(first) ? line.size / 2 : 0);
}

function isPageNumber(item: PdfTextItem): boolean {
  return item.top > areaBottom + 1;
}

function bodyLines(page: PdfPage): PdfLine[] {
  return linesOf(page.items.filter((i) => !isPageNumber(i)));
}

function describeLine(page: PdfPage, line: PdfLine): string {
  return `page ${page.number}, baseline ${line.top.toFixed(2)} from the top: ${line.text}`;
}

let outDir: string;
let result: BuildResult;
let pdf: PdfContent;
let source: string;

beforeAll(async () => {
  outDir = await tempDir('reference');
  source = await readFile(referenceIssue, 'utf8');
  result = await buildIssue(referenceIssue, { outDir, systemFontDirs: [] });
  if (result.output) pdf = await readPdf(await readFile(result.output));
}, 30_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

function requirePdf(): PdfContent {
  if (!pdf) throw new Error(`the reference issue did not build: ${JSON.stringify(result.diagnostics)}`);
  return pdf;
}

describe('building the reference issue (examples/2014-04.md)', () => {
  it('writes <outDir>/2014-04.pdf without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.output).toBe(path.join(outDir, '2014-04.pdf'));
    expect(existsSync(path.join(outDir, '2014-04.pdf'))).toBe(true);
  });

  it('has 3 to 5 pages, as the result reports', () => {
    const { pageCount } = requirePdf();
    expect(pageCount).toBeGreaterThanOrEqual(3);
    expect(pageCount).toBeLessThanOrEqual(5);
    expect(result.pages).toBe(pageCount);
  });

  describe('text', () => {
    function extracted(): string {
      return stripWhitespace(
        requirePdf()
          .pages.flatMap((p) => p.items.filter((i) => !isPageNumber(i)).map((i) => i.str))
          .join(''),
      );
    }

    it('holds every character of the issue in order', () => {
      expect(missingFromSubsequence(extracted(), stripWhitespace(expectedReferenceText(source)))).toBeUndefined();
    });

    it('holds exactly the text of the issue, nothing missing or added', () => {
      expect(firstDifference(extracted(), stripWhitespace(expectedReferenceText(source)))).toBeUndefined();
    });
  });

  describe('page 1 masthead', () => {
    it('sets the title 金桥会议传真 largest, at 42 pt, centred in the type area', () => {
      const page = requirePdf().pages[0] as PdfPage;
      const largest = Math.max(...page.items.map((i) => i.size));
      expect(largest).toBeCloseTo(42, 1);
      const title = linesOf(page.items.filter((i) => Math.abs(i.size - largest) < 0.01));
      expect(title).toHaveLength(1);
      const line = title[0] as PdfLine;
      expect(stripWhitespace(line.text)).toBe('金桥会议传真');
      expect(Math.abs((line.left + line.right) / 2 - areaCentre)).toBeLessThanOrEqual(2);
    });

    it('paints the title red and all other text black', () => {
      const page = requirePdf().pages[0] as PdfPage;
      const title = page.painted.filter((t) => Math.abs(t.size - 42) < 0.01);
      expect(title.map((t) => t.text).join('')).toBe('金桥会议传真');
      for (const t of title) {
        // pdfjs converts DeviceCMYK 0 0.8 0.8 0 to RGB: strong red, weak green and blue.
        const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(t.fill.slice(i, i + 2), 16)) as [number, number, number];
        expect(r, t.fill).toBeGreaterThan(200);
        expect(g, t.fill).toBeLessThan(140);
        expect(b, t.fill).toBeLessThan(140);
      }
      const others = requirePdf().pages.flatMap((p) => p.painted.filter((t) => Math.abs(t.size - 42) >= 0.01));
      expect(new Set(others.map((t) => t.fill)).size).toBe(1);
      expect(others[0]?.fill).not.toBe(title[0]?.fill);
    });

    it('fills the title with DeviceCMYK 0 0.8 0.8 0 and strokes the masthead rule with it', async () => {
      const streams = pdfStreams(await readFile(result.output ?? ''));
      const textBlocks = streams.flatMap((s) => s.match(/\bBT\b[\s\S]*?\bET\b/g) ?? []);
      const titleBlocks = textBlocks.filter((b) => / 42 Tf\b/.test(b));
      expect(titleBlocks.length).toBeGreaterThan(0);
      for (const block of titleBlocks) expect(block).toMatch(/(^|\s)0 0\.8 0\.8 0 k\s/);
      expect(streams.some((s) => /(^|\s)0 0\.8 0\.8 0 K\s/.test(s))).toBe(true);
    });
  });

  describe('grid and type area', () => {
    it('puts every 12 pt line on one 18 pt baseline grid, the same on every page', () => {
      const baselines = requirePdf().pages.flatMap((page) =>
        bodyLines(page)
          .filter((l) => Math.abs(l.size - typeArea.body) < 0.01)
          .map((l) => ({ page, line: l })),
      );
      expect(new Set(baselines.map((b) => b.page.number)).size).toBe(requirePdf().pageCount);
      const first = baselines[0];
      if (!first) throw new Error('no 12 pt lines');
      for (const { page, line } of baselines) {
        const offset = (((line.top - first.line.top) % typeArea.pitch) + typeArea.pitch) % typeArea.pitch;
        expect(Math.min(offset, typeArea.pitch - offset), describeLine(page, line)).toBeLessThanOrEqual(0.1);
      }
    });

    it('keeps every line inside the type area', () => {
      for (const page of requirePdf().pages) {
        for (const line of bodyLines(page)) {
          const where = describeLine(page, line);
          // An opening bracket at the line start is moved half an em left (docs/layout.md B.2).
          expect(line.left, where).toBeGreaterThanOrEqual(typeArea.left - 6.5);
          expect(inkLeft(line), where).toBeGreaterThanOrEqual(typeArea.left - 0.5);
          expect(inkRight(line), where).toBeLessThanOrEqual(areaRight + 0.5);
          expect(line.top, where).toBeGreaterThan(typeArea.top);
          expect(line.top, where).toBeLessThanOrEqual(areaBottom);
        }
      }
    });

    it('numbers every page "— N —", centred below the type area', () => {
      for (const page of requirePdf().pages) {
        const items = page.items.filter((i) => isPageNumber(i) && i.str.trim() !== '');
        const line = linesOf(items);
        expect(line, `page ${page.number}`).toHaveLength(1);
        const number = line[0] as PdfLine;
        expect(stripWhitespace(number.text)).toBe(`—${page.number}—`);
        expect(number.size).toBeCloseTo(14, 1);
        expect(Math.abs((number.left + number.right) / 2 - areaCentre), `page ${page.number}`).toBeLessThanOrEqual(1);
        // The dashes' top is 7 mm (19.84 pt) below the type area, so the baseline is lower still.
        expect(number.top).toBeGreaterThan(areaBottom + 19.84);
        expect(number.top).toBeLessThan(areaBottom + 19.84 + number.size);
      }
    });

    it('ends the colophon on the last grid line of the last page', () => {
      const { pages } = requirePdf();
      const last = pages.at(-1) as PdfPage;
      const lines = bodyLines(last);
      const colophon = lines.at(-1) as PdfLine;
      expect(stripWhitespace(colophon.text)).toBe('地址：上海科苑路1278号邮编：201203邮箱：jqcz@sast.org.cn');
      expect(colophon.top).toBeGreaterThan(areaBottom - typeArea.pitch);
      expect(colophon.top).toBeLessThanOrEqual(areaBottom);
      const name = lines.at(-2) as PdfLine;
      expect(stripWhitespace(name.text)).toBe('“金桥产业技术创新会议”秘书组');
      expect(colophon.top - name.top).toBeCloseTo(typeArea.pitch, 1);
    });
  });

  describe('document properties', () => {
    it('has the title, author, subject, language, creator and date of docs/layout.md A.6', async () => {
      const { info } = requirePdf();
      const { version } = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
      expect(info.Title).toBe('金桥会议传真 2014年第4期');
      expect(info.Author).toBe('上海产业技术研究院');
      expect(info.Subject).toBe('一、加强国际合作，SAST-SITI-STEPI 全球创新（上海）中心挂牌成立');
      expect(info.Creator).toMatch(/^bulletin /);
      expect(info.Creator).toBe(`bulletin ${version}`);
      expect(info.CreationDate?.toISOString().slice(0, 10)).toBe('2014-10-17');
      expect(info.Lang).toBe('zh-CN');
    });

    it('has an outline of the headings, level-3 headings nested under their level-2 heading', () => {
      const headings = source.split('\n').flatMap((line) => {
        const m = /^(##|###) (.+)$/.exec(line);
        return m?.[1] && m[2] ? [{ level: m[1].length, title: m[2] }] : [];
      });
      expect(headings.map((h) => h.title.slice(0, 3))).toEqual(['一、加', '二、借', '（一）', '（二）', '（三）']);
      type Tree = { title: string; items: Tree[] };
      const expected: Tree[] = [];
      for (const h of headings) {
        if (h.level === 2) expected.push({ title: h.title, items: [] });
        else expected.at(-1)?.items.push({ title: h.title, items: [] });
      }
      expect(expected.map((t) => t.items.length)).toEqual([0, 3]);
      const titles = (items: PdfContent['outline']): Tree[] => items.map((i) => ({ title: i.title, items: titles(i.items) }));
      expect(titles(requirePdf().outline)).toEqual(expected);
    });

    it('points each bookmark at the page and line of its heading', () => {
      const { pages, outline } = requirePdf();
      const all = outline.flatMap((i) => [i, ...i.items]);
      expect(all).toHaveLength(5);
      for (const item of all) {
        const found = pages.flatMap((page) => bodyLines(page).filter((l) => stripWhitespace(l.text) === stripWhitespace(item.title)).map((line) => ({ page, line })));
        expect(found, item.title).toHaveLength(1);
        const { page, line } = found[0] as { page: PdfPage; line: PdfLine };
        expect(item.page, item.title).toBe(page.number);
        // The view opens with the heading's line at its top: just above the baseline.
        expect(item.destTop, item.title).toBeGreaterThan(line.y);
        expect(item.destTop, item.title).toBeLessThanOrEqual(line.y + 2 * typeArea.pitch);
      }
    });
  });
});
