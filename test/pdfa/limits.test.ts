import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { stripWhitespace } from '../e2e/pdfText.js';
import { tempDir } from '../e2e/reference.js';
import { elementsOf, jsonText, readStructTree } from './structTree.js';

// Issue 10's big inputs under --pdfa: the tags add per element, not per line, what the print PDF
// writes once.
const HAN = '我们的国家正在发展科学技术和经济建设';
const frontMatter = `---\ntitle: 测试简报\nyear: 2024\nissue: 1\ndate: 2024-01-02\nsponsors:\n  - 某某单位\n---\n\n`;

let dir: string;
beforeAll(async () => {
  dir = await tempDir('pdfa-limits');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function build(name: string, body: string): Promise<{ file: string; bytes: Uint8Array }> {
  const file = path.join(dir, `${name}.md`);
  await writeFile(file, `${frontMatter}${body}`);
  const result = await buildIssue(file, { outDir: path.join(dir, 'out'), systemFontDirs: [], pdfa: true });
  if (!result.output) throw new Error(JSON.stringify(result.diagnostics));
  return { file: result.output, bytes: new Uint8Array(await readFile(result.output)) };
}

describe('--pdfa on big input (issue 10)', () => {
  it('describes a long URL once, shortly, however many lines it spans', async () => {
    const url = `https://example.com/${'ab/'.repeat(3_000)}`;
    const built = await build('long-url', `<${url}>\n`);
    // 9 KB of URL over some 130 lines, each line a link area and a Link element.
    expect(built.bytes.length).toBeLessThan(150 * 1024);
    const { objects, root } = await readStructTree(built.file, built.bytes);
    const links = elementsOf(root, 'Link');
    expect(links.length).toBeGreaterThan(100);
    const annotation = objects.get(links[0]?.objects[0]?.obj);
    const contents = jsonText(objects.value(annotation?.['/Contents'])) ?? '';
    expect(contents.startsWith('https://example.com/ab/ab/')).toBe(true);
    expect([...contents].length).toBe(201);
    // Every area shares the one description.
    const refs = new Set(links.map((l) => objects.get(l.objects[0]?.obj)?.['/Contents']));
    expect(refs.size).toBe(1);
  }, 60_000);

  it('keeps a table row split over pages one TR, its cells whole', async () => {
    const cell = Array.from({ length: 150 }, (_, i) => `${HAN}${i}号。`).join('');
    const built = await build('tall-row', `| 表头甲 | 表头乙 |\n|---|---|\n| ${cell} | 短 |\n| 下一行 | 末 |\n`);
    const { root } = await readStructTree(built.file, built.bytes);
    const rows = elementsOf(root, 'TR');
    expect(rows).toHaveLength(3);
    expect(elementsOf(root, 'TH').map((h) => stripWhitespace(h.text))).toEqual(['表头甲', '表头乙']);
    expect(stripWhitespace(rows[1]?.children[0]?.text ?? '')).toBe(stripWhitespace(cell));
  }, 60_000);
});
