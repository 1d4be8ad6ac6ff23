import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue, type BuildResult } from '../../src/index.js';
import { linesOf, pdfStreams, readPdf, stripWhitespace, type PdfContent, type PdfLine } from '../e2e/pdfText.js';
import { tempDir, typeArea } from '../e2e/reference.js';

// A secretariat's own template in a folder (test/fixtures/template/ours) that extends jinqiao and
// changes the title (text face, size, colour), the issue line's pattern (〔2014〕5号), the rule
// (a single blue rule broken by a ★), the body grid (30 characters of 14.4 pt on a 22.5 pt pitch),
// and adds corner labels over a declared field, a logo and page numbers at the outside edge.
const issue = fileURLToPath(new URL('../fixtures/template/archive/2014-05.md', import.meta.url));

let outDir: string;
let result: BuildResult;
let pdf: PdfContent;
let lines: PdfLine[];
let html: string;
let streams: string;
let raw: string;

beforeAll(async () => {
  outDir = await tempDir('template');
  result = await buildIssue(issue, { outDir, systemFontDirs: [], fonts: 'bundled', format: 'both' });
  const bytes = await readFile(path.join(outDir, '2014-05.pdf'));
  pdf = await readPdf(bytes);
  lines = linesOf(pdf.pages[0]?.items ?? []);
  streams = pdfStreams(bytes).join('\n');
  raw = bytes.toString('latin1');
  html = await readFile(path.join(outDir, '2014-05.html'), 'utf8');
}, 120_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

const lineWith = (text: string): PdfLine | undefined => lines.find((l) => stripWhitespace(l.text).includes(text));
const right = typeArea.left + typeArea.width;

describe('a template in a folder that extends jinqiao', () => {
  it('builds without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.pages).toBe(1);
  });

  it('sets its own title: the template’s size and colour, not jinqiao’s 42 pt red', () => {
    const title = lineWith('某某工作简报');
    expect(title?.size).toBeCloseTo(36, 1);
    const painted = pdf.pages[0]?.painted.filter((t) => Math.abs(t.size - 36) < 0.01) ?? [];
    expect(painted.length).toBeGreaterThan(0);
    // cmyk(1, 0.6, 0, 0) is a blue: more blue than red.
    const [r, , b] = [1, 3, 5].map((i) => Number.parseInt(painted[0]?.fill.slice(i, i + 2) ?? '00', 16)) as [number, number, number];
    expect(b).toBeGreaterThan(r);
    expect(streams).toMatch(/1 0\.6 0 0 k/);
  });

  it('sets the issue line in its pattern, 〔year〕N号, below the title', () => {
    const line = lineWith('〔2014〕5号');
    expect(line).toBeDefined();
    expect(stripWhitespace(line?.text ?? '')).toBe('〔2014〕5号');
    expect(line!.top).toBeGreaterThan(lineWith('某某工作简报')!.top);
    expect(lines.some((l) => l.text.includes('年第'))).toBe(false);
  });

  it('puts the corner labels on the first line, left and right, with the declared field filled in', () => {
    const corner = lineWith('内部资料');
    expect(corner).toBeDefined();
    expect(stripWhitespace(corner!.text)).toBe('内部资料注意保存编号：0042');
    expect(corner!.left).toBeCloseTo(typeArea.left, 1);
    expect(corner!.right).toBeCloseTo(right, 0);
    // The 密级 label's field is not given: its [section] is left out, and the part with it.
    expect(lines.some((l) => l.text.includes('密级'))).toBe(false);
  });

  it('draws its rule: a single blue rule broken by a ★ in the middle', () => {
    const star = lineWith('★');
    expect(star).toBeDefined();
    expect((star!.left + star!.right) / 2).toBeCloseTo(typeArea.left + typeArea.width / 2, 0);
    // Rules are stroked lines `x y m x' y l S` in the rule's colour; jinqiao's are two full-width red ones.
    const blueRules = [...streams.matchAll(/q 1 0\.6 0 0 K [\d.]+ w 0 J ([\d.]+) ([\d.]+) m ([\d.]+) [\d.]+ l S Q/g)].map((m) => ({ x0: Number(m[1]), x1: Number(m[3]) }));
    expect(blueRules).toHaveLength(2);
    expect(blueRules[0]!.x0).toBeCloseTo(typeArea.left, 1);
    expect(blueRules[1]!.x1).toBeCloseTo(right, 1);
    expect(blueRules[0]!.x1).toBeLessThan(star!.left);
    expect(blueRules[1]!.x0).toBeGreaterThan(star!.right - 0.5);
    expect(streams).not.toMatch(/q 0 0\.8 0\.8 0 K/);
  });

  it('sets the body on its own grid: 14.4 pt type, 22.5 pt apart, 30 characters a full line', () => {
    // The first paragraph's lines (the last one holds a short tail).
    const body = lines.filter((l) => Math.abs(l.size - 14.4) < 0.01 && l.text.includes('正文') && !l.text.includes('第二段')).slice(0, 3);
    expect(body.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < body.length; i++) expect(body[i]!.top - body[i - 1]!.top).toBeCloseTo(22.5, 2);
    // The second line of the paragraph is a full, justified line: 30 characters across 432 pt.
    expect([...stripWhitespace(body[1]!.text)]).toHaveLength(30);
    expect(body[1]!.left).toBeCloseTo(typeArea.left, 1);
    expect(body[1]!.right).toBeCloseTo(right, 0);
  });

  it('puts the logo beside the title and the page number at the outside edge', () => {
    expect(raw).toMatch(/\/Subtype \/Image/);
    const number = lines.find((l) => stripWhitespace(l.text) === '—1—');
    expect(number).toBeDefined();
    // Page 1 is a right-hand page: flush right, one em (14 pt) in.
    expect(number!.right).toBeCloseTo(right - 14, 0);
  });

  it('numbers headings, finds the editor’s note and wraps the disclaimer as the template says', () => {
    expect(lineWith('第一部分进展')).toBeDefined();
    // The level-2 heading is blue, as the template says; the body stays black.
    const heading = pdf.pages[0]?.painted.find((t) => t.text.includes('进展'));
    const body = pdf.pages[0]?.painted.find((t) => t.text.includes('第二段'));
    expect(heading?.fill).toBe(pdf.pages[0]?.painted.find((t) => Math.abs(t.size - 36) < 0.01)?.fill);
    expect(body?.fill).not.toBe(heading?.fill);
    const note = lineWith('按：这是本期的按语。');
    expect(note).toBeDefined();
    // An editor's note is set in Kai (jinqiao's face for it), not as a quoted block.
    expect(note!.items.some((i) => /Kai|kai/u.test(i.font))).toBe(true);
    expect(lineWith('【内部资料注意保存】')).toBeDefined();
  });

  it('shows the title and the issue line of the template in the HTML too', () => {
    const text = html.replace(/<[^>]*>/g, '');
    expect(text).toContain('某某工作简报');
    expect(text).toContain('〔2014〕5号');
    expect(html).toContain('14.4pt');
  });
});
