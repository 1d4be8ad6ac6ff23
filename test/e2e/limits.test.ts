import { readFileSync, statSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { readPdf, stripWhitespace, type PdfContent } from './pdfText.js';
import { tempDir } from './reference.js';

// Issue 10: big input is set in time linear in it, split where it must be, and nothing is cut
// off in silence. Each case is built for real and read back from the PDF.
const HAN = '我们的国家正在发展科学技术和经济建设';
const frontMatter = (extra = ''): string => `---\ntitle: 测试简报\nyear: 2024\nissue: 1\ndate: 2024-01-02\nsponsors:\n  - 某某单位\n${extra}---\n\n`;

let dir: string;
beforeAll(async () => {
  dir = await tempDir('limits');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function build(name: string, source: string): Promise<{ pdf?: PdfContent; bytes?: number; result: Awaited<ReturnType<typeof buildIssue>> }> {
  const file = path.join(dir, `${name}.md`);
  await writeFile(file, source);
  const result = await buildIssue(file, { outDir: path.join(dir, 'out'), systemFontDirs: [] });
  if (!result.output) return { result };
  return { pdf: await readPdf(new Uint8Array(readFileSync(result.output))), bytes: statSync(result.output).size, result };
}

const pageText = (pdf: PdfContent, n: number): string => stripWhitespace(pdf.pages[n - 1]?.items.map((i) => i.str).join('') ?? '');
// Page numbers (— 2 —) stand between the last line of one page and the first of the next.
const allText = (pdf: PdfContent): string => pdf.pages.map((_, i) => pageText(pdf, i + 1).replace(/—\d+—$/, '')).join('');

describe('limits (issue 10)', () => {
  it('splits a table row taller than the type area between its lines, the header on every page', async () => {
    const cell = Array.from({ length: 150 }, (_, i) => `${HAN}${i}号。`).join('');
    const { pdf, result } = await build('tall-row', `${frontMatter()}| 表头甲 | 表头乙 |\n|---|---|\n| ${cell} | 短 |\n| 下一行 | 末 |\n`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (!pdf) throw new Error('no PDF');
    const pages = pdf.pages.map((_, i) => pageText(pdf, i + 1)).filter((t) => t.includes('表头甲'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // Every character of the cell is there, in order, and the row after it too.
    // The second column's 短 is painted after the first piece of the first column.
    const text = allText(pdf).replace(/表头甲表头乙/g, '').replace('短', '');
    const numbers = [...text.matchAll(/(\d+)号/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 150 }, (_, i) => i));
    expect(text.split(HAN).length - 1).toBe(150);
    expect(text).toContain('下一行');
  }, 60_000);

  it('continues a footnote longer than a page at the foot of the next', async () => {
    const note = Array.from({ length: 1_000 }, (_, i) => `注${i}。`).join('');
    const { pdf, result } = await build('long-note', `${frontMatter()}正文[^1]。\n\n[^1]: ${note}\n`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (!pdf) throw new Error('no PDF');
    const withNote = pdf.pages.filter((_, i) => /注\d+。/.test(pageText(pdf, i + 1)));
    expect(withNote.length).toBeGreaterThanOrEqual(2);
    const numbers = [...allText(pdf).matchAll(/注(\d+)。/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 1_000 }, (_, i) => i));
  }, 60_000);

  it('sets what fits of 10,000 sponsors and a 200,000-character title, and warns at their lines', async () => {
    const sponsors = Array.from({ length: 10_000 }, (_, i) => `  - 单位${i}`).join('\n');
    const source = frontMatter(`${sponsors}\n`).replace('title: 测试简报', `title: ${'标题'.repeat(100_000)}`);
    const { pdf, result } = await build('masthead', `${source}正文。\n`);
    if (!pdf) throw new Error(`no PDF: ${JSON.stringify(result.diagnostics.filter((d) => d.severity === 'error'))}`);
    const warnings = result.diagnostics.filter((d) => d.rule === 'limits/masthead-overflow');
    expect(warnings.every((d) => d.severity === 'warning')).toBe(true);
    expect(warnings.find((d) => d.message.includes('"title"'))?.line).toBe(2);
    const many = warnings.find((d) => d.message.includes('10001 sponsors'));
    // The first sponsor that does not fit: the list starts on line 7 of the file.
    expect(many?.line).toBeGreaterThan(7);
    expect(many?.line).toBeLessThan(100);
    const first = pageText(pdf, 1);
    expect(first).toContain('标题标题');
    expect(first).toContain('单位0单位1');
    expect(first).toContain('正文。');
  }, 60_000);

  it('reports a colophon longer than a page at its field, writing nothing', async () => {
    const distribution = `distribution:\n  报: [${Array.from({ length: 600 }, (_, i) => `机关${i}`).join(', ')}]\n`;
    const { result } = await build('colophon', `${frontMatter(distribution)}正文。\n`);
    expect(result.output).toBeUndefined();
    // The list of 报 is on line 9, under `distribution:`.
    expect(result.diagnostics.find((d) => d.rule === 'limits/colophon-too-long')).toMatchObject({ line: 9, severity: 'error' });
  }, 60_000);

  it('refuses a paragraph over the limit at its line', async () => {
    const { result } = await build('huge-paragraph', `${frontMatter()}前言。\n\n${'字'.repeat(200_001)}\n`);
    expect(result.output).toBeUndefined();
    expect(result.diagnostics.find((d) => d.rule === 'limits/paragraph-too-long')).toMatchObject({ line: 12, column: 1, severity: 'error' });
  }, 60_000);

  it('writes a long URL once, not once per line it spans', async () => {
    const url = `https://example.com/${'ab/'.repeat(3_000)}`;
    const { pdf, bytes, result } = await build('long-url', `${frontMatter()}<${url}>\n`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (!pdf || bytes === undefined) throw new Error('no PDF');
    expect(allText(pdf)).toContain(stripWhitespace(url.slice(0, 200)));
    // 9 KB of URL over some 130 lines: once per line it was over 1 MB.
    expect(bytes).toBeLessThan(100 * 1024);
  }, 60_000);
});
