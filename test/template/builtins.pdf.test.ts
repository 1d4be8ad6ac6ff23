import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { linesOf, pdfStreams, readPdf, stripWhitespace, type PdfContent, type PdfLine } from '../e2e/pdfText.js';
import { repoRoot, tempDir } from '../e2e/reference.js';

// Issue 12, point 3: each built-in template's example issue, built with the bundled fonts, and its
// masthead parts found where the template's layout puts them, from the extracted text. The
// expected places come from the layouts themselves (GB/T 9704-2012 for gongwen), in points.

const MM = 72 / 25.4;
const A4 = { left: 28 * MM, top: 37 * MM };
// Both templates: 28 characters of 三号 (16 pt) a line, 22 lines of 28.95 pt.
const grid = { chars: 28, size: 16, pitch: 28.95, lines: 22 };
const width = grid.chars * grid.size;
const right = A4.left + width;
const centre = A4.left + width / 2;

/** The baseline of text of `size` centred on `span` grid lines from grid line `line` (its em box from −0.12 to 0.88 em). */
function baseline(line: number, size: number, span = 1): number {
  return A4.top + line * grid.pitch + (span * grid.pitch - size) / 2 + 0.88 * size;
}

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function build(name: string): Promise<{ pdf: PdfContent; bytes: Uint8Array }> {
  const dir = await tempDir(`builtin-${name}`);
  dirs.push(dir);
  const result = await buildIssue(path.join(repoRoot, 'examples', `${name}.md`), { outDir: dir, systemFontDirs: [], sourceDateEpoch: 1_700_000_000 });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const bytes = await readFile(result.output ?? '');
  return { pdf: await readPdf(bytes), bytes };
}

function lineWith(lines: readonly PdfLine[], text: string): PdfLine {
  const found = lines.find((l) => l.text.replace(/\s+/g, '').includes(text));
  if (!found) throw new Error(`no line with ${text} in:\n${lines.map((l) => l.text).join('\n')}`);
  return found;
}

/** The left and right edges of `text` on a line: of the items it covers (whitespace aside). */
function span(line: PdfLine, text: string): { left: number; right: number } {
  const wanted = stripWhitespace(text);
  const pieces = line.items.map((i) => stripWhitespace(i.str));
  const whole = pieces.join('');
  const start = whole.indexOf(wanted);
  if (start < 0) throw new Error(`no ${text} on the line ${line.text}`);
  const end = start + wanted.length;
  let at = 0;
  const covered = line.items.filter((_, k) => {
    const from = at;
    at += (pieces[k] ?? '').length;
    return at > start && from < end;
  });
  return { left: Math.min(...covered.map((i) => i.x)), right: Math.max(...covered.map((i) => i.x + i.width)) };
}

/** The strokes of each page's content stream: colour (CMYK), width, from x to x at y (from the top). */
function rules(bytes: Uint8Array, pageHeight: number): Array<Array<{ cmyk: string; width: number; x0: number; x1: number; top: number }>> {
  const pages = pdfStreams(bytes).filter((s) => /\bBT\b/.test(s));
  return pages.map((s) =>
    [...s.matchAll(/q ([\d. ]+) K ([\d.]+) w 0 J ([\d.-]+) ([\d.-]+) m ([\d.-]+) ([\d.-]+) l S Q/g)].map((m) => ({
      cmyk: m[1] ?? '',
      width: Number(m[2]),
      x0: Number(m[3]),
      x1: Number(m[5]),
      top: pageHeight - Number(m[4]),
    })),
  );
}

/** The characters of a full line, a first line's 2 em indent counted as two. */
const characters = (l: PdfLine): number => [...stripWhitespace(l.text)].length + Math.round((l.left - A4.left) / grid.size);

/** The grid line a line of text is set on (the inverse of `baseline`). */
const gridLineOf = (l: PdfLine): number => (l.top - A4.top - (grid.pitch - l.size) / 2 - 0.88 * l.size) / grid.pitch;

const RED = '0 0.8 0.8 0';
const redFill = (fill: string): boolean => Number.parseInt(fill.slice(1, 3), 16) > 200 && Number.parseInt(fill.slice(3, 5), 16) < 140;

describe('jianbao: 工作简报', () => {
  let pdf: PdfContent;
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ pdf, bytes } = await build('jianbao'));
  }, 60_000);

  it('puts 内部资料 注意保存 top left and the 编号 top right, on the first grid line', () => {
    const page = pdf.pages[0];
    if (!page) throw new Error('no page 1');
    const lines = linesOf(page.items);
    const corner = lineWith(lines, '内部资料');
    expect(corner.text).toContain('注意保存');
    expect(corner.top).toBeCloseTo(baseline(0, 14), 0);
    expect(corner.size).toBeCloseTo(14, 1);
    expect(span(corner, '内部资料　注意保存').left).toBeCloseTo(A4.left, 0);
    expect(corner.text.replace(/\s+/g, '')).toContain('编号：2024-012');
    expect(span(corner, '编号：2024-012').right).toBeCloseTo(right, 0);
  });

  it('sets the title red and centred, 第N期 under it, 编印单位 and the date on the red rule', () => {
    const page = pdf.pages[0];
    if (!page) throw new Error('no page 1');
    const lines = linesOf(page.items);
    const title = lineWith(lines, '工');
    expect(title.size).toBeCloseTo(48, 1);
    expect(title.top).toBeCloseTo(baseline(1, 48, 3), 0);
    expect((title.left + title.right) / 2).toBeGreaterThan(centre - 12);
    expect((title.left + title.right) / 2).toBeLessThan(centre + 12);
    expect(page.painted.filter((p) => p.size > 40).every((p) => redFill(p.fill))).toBe(true);

    const issue = lineWith(lines, '第12期（总第86期）');
    expect(issue.top).toBeCloseTo(baseline(4, 16), 0);
    expect((issue.left + issue.right) / 2).toBeCloseTo(centre, -1);

    const editor = lineWith(lines, '编印单位：某某市科学技术局办公室');
    expect(editor.top).toBeCloseTo(baseline(5, 14), 0);
    expect(span(editor, '编印单位：某某市科学技术局办公室').left).toBeCloseTo(A4.left, 0);
    expect(span(editor, '2024年5月10日').right).toBeCloseTo(right, 0);
    expect(editor.text.replace(/\s+/g, '')).toContain('2024年5月10日');

    // The rule: red, the type area's width, just under the 编印单位 line; the body below it.
    const [first] = rules(bytes, page.height);
    const red = (first ?? []).filter((r) => r.cmyk === RED);
    expect(red).toHaveLength(1);
    const rule = red[0];
    if (!rule) throw new Error('no red rule');
    expect(rule.x0).toBeCloseTo(A4.left, 1);
    expect(rule.x1 - rule.x0).toBeCloseTo(width, 1);
    expect(rule.top).toBeGreaterThan(editor.top);
    expect(rule.top - (A4.top + 6 * grid.pitch)).toBeLessThan(6);
    const article = lineWith(lines, '我局召开');
    expect(article.top).toBeGreaterThan(rule.top + grid.pitch);
  });

  it('sets the body in 三号 on the 28.95 pt grid, 28 characters a line', () => {
    const page = pdf.pages[0];
    if (!page) throw new Error('no page 1');
    const body = linesOf(page.items).filter((l) => Math.abs(l.size - 16) < 0.01 && l.top > baseline(7, 16));
    expect(body.length).toBeGreaterThan(5);
    for (const l of body) {
      const offset = (((l.top - baseline(0, 16)) % grid.pitch) + grid.pitch) % grid.pitch;
      expect(Math.min(offset, grid.pitch - offset), l.text).toBeLessThan(0.1);
    }
    // A full line of Han characters and full-width marks holds 28 of them, flush with both edges.
    const full = body.filter((l) => l.right > right - 1 && /^[\u3000-\u9fff\uff00-\uffef]+$/.test(l.text.replace(/\s+/g, '')));
    expect(full.length).toBeGreaterThan(0);
    for (const l of full) expect(characters(l), l.text).toBeGreaterThanOrEqual(27);
  });
});

describe('gongwen: GB/T 9704-2012', () => {
  let pdf: PdfContent;
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ pdf, bytes } = await build('gongwen'));
  }, 60_000);

  it('places the red 发文机关标志 35 mm below the type area, the 发文字号 two lines under it, the red rule 4 mm under that', () => {
    const page = pdf.pages[0];
    if (!page) throw new Error('no page 1');
    const lines = linesOf(page.items);
    const mark = lineWith(lines, '某某市人民政府办公室文件');
    // 7.2.4: the top of the mark's em box 35 mm under the top of the type area (±1 mm).
    expect(mark.top - 0.88 * mark.size - (A4.top + 35 * MM)).toBeGreaterThan(-MM);
    expect(mark.top - 0.88 * mark.size - (A4.top + 35 * MM)).toBeLessThan(MM);
    expect((mark.left + mark.right) / 2).toBeCloseTo(centre, -1);
    expect(page.painted.filter((p) => p.text.includes('某')).filter((p) => p.size === mark.size).every((p) => redFill(p.fill))).toBe(true);

    // 7.2.5: two blank lines below the mark: its baseline three grid lines further down, centred.
    const number = lineWith(lines, '某府办发〔2014〕4号');
    expect(number.size).toBeCloseTo(16, 1);
    const markFoot = mark.top + 0.12 * mark.size;
    expect(number.top - 0.88 * 16 - markFoot).toBeGreaterThan(2 * grid.pitch - 16);
    expect((number.left + number.right) / 2).toBeCloseTo(centre, -1);

    // 7.2.7: a red rule as wide as the type area, 4 mm under the 发文字号.
    const red = (rules(bytes, page.height)[0] ?? []).filter((r) => r.cmyk === RED);
    expect(red).toHaveLength(1);
    const rule = red[0];
    if (!rule) throw new Error('no red rule');
    expect(rule.x1 - rule.x0).toBeCloseTo(width, 1);
    expect(rule.top - rule.width / 2 - (number.top + 0.12 * 16)).toBeCloseTo(4 * MM, 0);

    // 7.3.1: the title two lines below the rule, 二号, centred.
    const title = lineWith(lines, '某某市人民政府办公室关于');
    expect(title.size).toBeCloseTo(22, 1);
    expect(title.top - rule.top).toBeGreaterThan(2 * grid.pitch);
    expect(title.top - rule.top).toBeLessThan(4 * grid.pitch);
  });

  it('sets the body in 三号 28 to a line, the 主送机关 one line under the title', () => {
    const page = pdf.pages[0];
    if (!page) throw new Error('no page 1');
    const lines = linesOf(page.items);
    const to = lineWith(lines, '各区人民政府');
    expect(to.size).toBeCloseTo(16, 1);
    const title = lines.filter((l) => Math.abs(l.size - 22) < 0.01).at(-1);
    if (!title) throw new Error('no title');
    expect(gridLineOf(to) - gridLineOf(title)).toBeCloseTo(2, 2);
    const body = lines.filter((l) => Math.abs(l.size - 16) < 0.01 && l.top > to.top);
    const full = body.filter((l) => l.right > right - 1 && /^[\u3000-\u9fff\uff00-\uffef]+$/.test(l.text.replace(/\s+/g, '')));
    expect(full.length).toBeGreaterThan(0);
    for (const l of full) expect(characters(l), l.text).toBeGreaterThanOrEqual(27);
  });

  it('numbers the pages — N — 7 mm under the type area, odd pages at the right edge, even at the left, one em in', () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(2);
    const foot = A4.top + grid.lines * grid.pitch;
    for (const page of pdf.pages) {
      const number = linesOf(page.items).find((l) => l.top > foot && l.text.includes(String(page.number)));
      if (!number) throw new Error(`no page number on page ${page.number}`);
      expect(number.text.replace(/\s+/g, '')).toBe(`—${page.number}—`);
      expect(number.size).toBeCloseTo(14, 1);
      if (page.number % 2 === 1) expect(number.right).toBeCloseTo(right - 14, 0);
      else expect(number.left).toBeCloseTo(A4.left + 14, 0);
    }
  });

  it('ends the last page with the 版记: 抄送, then 印发机关 and 印发日期, between thick rules with a thin one between', () => {
    const last = pdf.pages.at(-1);
    if (!last) throw new Error('no pages');
    const lines = linesOf(last.items);
    const cc = lineWith(lines, '抄送：市委各部门');
    const printed = lineWith(lines, '某某市人民政府办公室');
    // 7.4.2: the list ends with 。; a second line goes on under the first name after the colon.
    const ccLines = lines.filter((l) => l.top >= cc.top && l.top < printed.top);
    expect(stripWhitespace(ccLines.map((l) => l.text).join(''))).toMatch(/^抄送：市委各部门，.*市检察院。$/);
    for (const l of ccLines.slice(1)) expect(l.left).toBeCloseTo(A4.left + 14 + 3 * 14, 0);
    expect(printed.text.replace(/\s+/g, '')).toContain('2014年4月18日印发');
    expect(printed.top).toBeGreaterThan(cc.top);
    expect(cc.size).toBeCloseTo(14, 1);
    // 7.4.3: 印发机关 one em in from the left, the date one em in from the right.
    expect(span(printed, '某某市人民政府办公室').left).toBeCloseTo(A4.left + 14, 0);
    expect(span(printed, '2014年4月18日印发').right).toBeCloseTo(right - 14, 0);
    // 7.4.1: first and last rules 0.35 mm, the one between 0.25 mm; the last on the type area's foot.
    const strokes = (rules(bytes, last.height).at(-1) ?? []).filter((r) => r.cmyk !== RED).sort((a, b) => a.top - b.top);
    expect(strokes.map((r) => Math.round((r.width / MM) * 100) / 100)).toEqual([0.35, 0.25, 0.35]);
    expect(strokes[0]?.top).toBeLessThan(cc.top - 14);
    expect(strokes[1]?.top).toBeGreaterThan(cc.top);
    expect(strokes[1]?.top).toBeLessThan(printed.top - 0.88 * 14);
    expect((strokes[2]?.top ?? 0) + (strokes[2]?.width ?? 0) / 2).toBeCloseTo(A4.top + grid.lines * grid.pitch, 0);
  });
});
