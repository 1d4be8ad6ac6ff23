import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue, typesetIssue, type BuildResult, type TypesetDocument } from '../../src/index.js';
import type { GlyphRun, ImageItem } from '../../src/typeset/types.js';
import { linesOf, readPdf, stripWhitespace, type PdfContent } from './pdfText.js';
import { tempDir, typeArea } from './reference.js';

// Issue 6: examples/rich.md holds every element; each is checked on the PDF read back and on the
// positions the typesetter chose.
const rich = fileURLToPath(new URL('../../examples/rich.md', import.meta.url));
const TOP = typeArea.top;
const BOTTOM = typeArea.top + typeArea.height;
const LEFT = typeArea.left;
const RIGHT = typeArea.left + typeArea.width;

let out: string;
let result: BuildResult;
let pdf: PdfContent;
let typeset: TypesetDocument;
let bytes: Uint8Array;

beforeAll(async () => {
  out = await tempDir('bulletin-rich-');
  result = await buildIssue(rich, { outDir: out, systemFontDirs: [] });
  bytes = new Uint8Array(readFileSync(result.output ?? ''));
  pdf = await readPdf(bytes);
  const set = await typesetIssue(rich, { systemFontDirs: [] });
  if (!set.typeset) throw new Error('examples/rich.md did not typeset');
  typeset = set.typeset;
}, 60_000);

afterAll(async () => {
  const { rm } = await import('node:fs/promises');
  await rm(out, { recursive: true, force: true });
});

const pageText = (n: number): string => stripWhitespace(pdf.pages[n - 1]?.items.map((i) => i.str).join('') ?? '');
const pageOf = (needle: string): number => pdf.pages.findIndex((_, i) => pageText(i + 1).includes(stripWhitespace(needle))) + 1;

describe('examples/rich.md (issue 6)', () => {
  it('builds with the raw HTML warned about and nothing else wrong', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.diagnostics.map((d) => d.rule)).toContain('markdown/raw-html');
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
  });

  it('lists both articles in 本期要目 with the pages they start on', () => {
    const first = pdf.pages[0];
    const lines = linesOf(first?.items ?? []).map((l) => stripWhitespace(l.text));
    expect(lines).toContain('本期要目');
    for (const title of ['第八次金桥产业技术创新会议综述', '2014年度产业技术调查数据']) {
      const entry = lines.find((l) => l.startsWith(title));
      expect(entry, title).toBeDefined();
      const page = Number(/(\d+)$/.exec(entry ?? '')?.[1]);
      // The page the article title (22 pt, centred) is on.
      const titlePage = pdf.pages.findIndex((p) => linesOf(p.items).some((l) => l.size > 20 && stripWhitespace(l.text) === title)) + 1;
      expect(titlePage).toBeGreaterThan(0);
      expect(page, title).toBe(titlePage);
    }
  });

  it('places both figures inside the type area, never split, captions below in Kai 五号', () => {
    const images = typeset.pages.flatMap((p) => p.items.filter((i): i is ImageItem => i.kind === 'image').map((i) => ({ page: p.number, ...i })));
    expect(images.map((i) => i.src.split('/').pop())).toEqual(['masthead.jpg', 'chart.png']);
    for (const img of images) {
      expect(img.x).toBeGreaterThanOrEqual(LEFT - 0.01);
      expect(img.x + img.width).toBeLessThanOrEqual(RIGHT + 0.01);
      expect(img.y).toBeGreaterThanOrEqual(TOP - 0.01);
      expect(img.y + img.height).toBeLessThanOrEqual(BOTTOM + 0.01);
      expect(img.height).toBeLessThanOrEqual(typeArea.height / 2 + 0.01);
      // Centred, and the caption (10.5 pt Kai) just below it.
      expect(Math.abs(img.x + img.width / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(0.5);
      const page = typeset.pages[img.page - 1];
      const caption = page?.items.find((i): i is GlyphRun => i.kind === 'glyphs' && i.size === 10.5 && i.y > img.y + img.height && i.y < img.y + img.height + 30);
      expect(caption, 'caption below the figure').toBeDefined();
      expect(caption?.font).toBe('BulletinKai-Regular');
    }
    // The PDF holds both images: the JPEG passed through (DCTDecode), the PNG with a soft mask.
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toContain('/DCTDecode');
    expect(raw).toMatch(/\/SMask \d+ 0 R/);
  });

  it('paints the images where the typesetter put them', async () => {
    const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    try {
      let painted = 0;
      for (let n = 1; n <= doc.numPages; n++) {
        const ops = await (await doc.getPage(n)).getOperatorList();
        painted += ops.fnArray.filter((f) => f === OPS.paintImageXObject).length;
      }
      expect(painted).toBe(2);
    } finally {
      await doc.destroy();
    }
  });

  it('repeats the table header on the page the table continues on, rows never split', () => {
    const headerPages = pdf.pages.filter((p) => linesOf(p.items).some((l) => stripWhitespace(l.text).startsWith('序号单位类型调查对象'))).map((p) => p.number);
    expect(headerPages.length).toBeGreaterThanOrEqual(2);
    const rowPages = (n: number): number[] =>
      pdf.pages.filter((p) => linesOf(p.items).some((l) => new RegExp(`^${n}(科研院所|高等院校|企业)`).test(stripWhitespace(l.text)))).map((p) => p.number);
    for (let n = 1; n <= 20; n++) expect(rowPages(n), `row ${n}`).toHaveLength(1);
    expect(rowPages(20)[0]).toBe(headerPages.at(-1));
    // Header in Hei, body in the body face, both 五号.
    const header = pdf.pages.flatMap((p) => p.items).find((i) => i.str.includes('调查对象') && Math.abs(i.size - 10.5) < 0.01);
    expect(header?.font).toBe('NotoSansCJKsc-Medium');
  });

  it('sets each footnote at the foot of the page of its call', () => {
    for (const [n, call, note] of [
      [1, '四楼会议中心召开', '会议地址：上海市浦东新区科苑路'],
      [2, '过程的规范性', '参见韩国科技政策研究院'],
      [3, '如下表所示', '研发投入为2014年度数据'],
    ] as const) {
      const page = pageOf(call);
      expect(page, `call ${n}`).toBeGreaterThan(0);
      expect(pageOf(note), `note ${n} on the page of its call`).toBe(page);
      const noteLine = linesOf(pdf.pages[page - 1]?.items ?? []).find((l) => stripWhitespace(l.text).includes(note));
      expect(noteLine?.size).toBeCloseTo(9, 1);
      // At the foot of the type area, below the body text.
      expect(noteLine?.top ?? 0).toBeGreaterThan(BOTTOM - 60);
      expect(noteLine?.top ?? 0).toBeLessThanOrEqual(BOTTOM + 0.01);
      expect(stripWhitespace(noteLine?.text ?? '').startsWith('①②③'[n - 1] ?? '')).toBe(true);
    }
  });

  it('makes links clickable: the written URL, the bare e-mail address', async () => {
    const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    try {
      const links: { url: string; rect: number[] }[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        for (const a of await (await doc.getPage(n)).getAnnotations()) {
          if (a.subtype === 'Link') links.push({ url: String(a.url ?? a.unsafeUrl ?? ''), rect: a.rect as number[] });
        }
      }
      expect(links.map((l) => l.url)).toEqual(expect.arrayContaining(['https://www.sast.org.cn/', 'mailto:jqcz@sast.org.cn']));
      for (const l of links) {
        expect(l.rect[0]).toBeGreaterThanOrEqual(LEFT - 1);
        expect(l.rect[2]).toBeLessThanOrEqual(RIGHT + 1);
      }
    } finally {
      await doc.destroy();
    }
  });

  it('sets code in the monospace face, keeps lists with their markers, quotes in Kai', () => {
    const items = pdf.pages.flatMap((p) => p.items);
    expect(items.find((i) => i.str.includes('npx'))?.font).toBe('NotoSansMono-Regular');
    const text = pdf.pages.map((_, i) => pageText(i + 1)).join('');
    for (const marker of ['1.开幕式与主题报告', '（1）主办单位致辞', '①全球科技创新中心的演进', '•政府部门与园区管委会', '•重点实验室']) expect(text).toContain(marker);
    expect(items.find((i) => i.str.includes('产业技术的突破'))?.font).toBe('BulletinKai-Regular');
  });
});
