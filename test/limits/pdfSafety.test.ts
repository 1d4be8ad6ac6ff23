import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue, type BuildResult } from '../../src/index.js';
import { readPdf } from '../e2e/pdfText.js';
import { tempDir } from '../e2e/reference.js';
import { plainPng } from './pictureBytes.js';

// What enters the PDF from the input is safe and escaped, and nothing of where the inputs lie
// (issue 10, point 4): link targets pass the HTML's filter, hostile strings survive intact, and
// the same issue built from two folders gives the same bytes.

const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function build(dir: string, text: string, extra: Record<string, Uint8Array> = {}): Promise<{ result: BuildResult; bytes: Uint8Array }> {
  await writeFile(path.join(dir, 'issue.md'), text);
  for (const [name, bytes] of Object.entries(extra)) await writeFile(path.join(dir, name), bytes);
  const result = await buildIssue(path.join(dir, 'issue.md'), { outDir: path.join(dir, 'out'), systemFontDirs: [], sourceDateEpoch: 1_700_000_000 });
  if (result.output === undefined) throw new Error(`build failed: ${JSON.stringify(result.diagnostics)}`);
  return { result, bytes: new Uint8Array(await readFile(result.output)) };
}

/** The URI of every link annotation, as written (pdfjs's `unsafeUrl`). */
async function linkTargets(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const targets: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      for (const a of (await (await doc.getPage(n)).getAnnotations()) as { subtype?: string; unsafeUrl?: string }[]) {
        if (a.subtype === 'Link' && a.unsafeUrl !== undefined) targets.push(a.unsafeUrl);
      }
    }
    return targets;
  } finally {
    await task.destroy();
  }
}

const front = (title: string): string => `---\ntitle: ${JSON.stringify(title)}\nsponsors: [测试单位]\nissue: 1\ndate: 2014-12-01\n---\n\n`;

describe('links in the PDF', () => {
  it('keeps web, mail and relative targets and drops the others, keeping their text, with a warning at each', async () => {
    const dir = await tempDir('links');
    dirs.push(dir);
    const body = [
      '[甲](javascript:alert(1))、[乙](vbscript:msgbox)、[丙](data:text/html,x)、[丁](file:///etc/passwd)、[戊](JAVASCRIPT:alert(1))、<javascript:alert(2)>、[己][r]。',
      '',
      '[好](https://example.org/a?b=(c))、[邮](mailto:a@b.cn)、[相对](notes.html)、[大写](HTTPS://EXAMPLE.ORG/X)。',
      '',
      '[r]: javascript:alert(3)',
      '',
    ].join('\n');
    const { result, bytes } = await build(dir, `${front('测试简报')}${body}`);
    const warnings = result.diagnostics.filter((d) => d.rule === 'link/unsafe');
    expect(warnings.map((w) => [w.severity, w.line])).toEqual(new Array(7).fill(['warning', 8]));
    expect(warnings[0]?.message).toMatch(/"javascript:"/);
    const targets = await linkTargets(bytes);
    expect(targets).toEqual(['https://example.org/a?b=(c)', 'mailto:a@b.cn', 'notes.html', 'https://EXAMPLE.ORG/X']);
    const text = (await readPdf(bytes)).pages.flatMap((p) => p.items.map((i) => i.str)).join('');
    for (const kept of ['甲', '乙', '丙', '丁', '戊', 'javascript:alert(2)', '己']) expect(text).toContain(kept);
  }, 30_000);
});

describe('strings from the input', () => {
  it('are escaped in the properties and the outline, and the file passes qpdf --check', async () => {
    const dir = await tempDir('strings');
    dirs.push(dir);
    const hostile = '括号 (a)) ((b) 反斜杠 \\ \\) 结尾\\';
    const controls = '控制\u0001\u0008\r字符\ud800孤立代理';
    const long = '长'.repeat(3000);
    const { bytes, result } = await build(dir, `${front(`简报 ${hostile}${controls}`)}# 标题 ${hostile}\n\n正文。\n\n# ${long}\n\n正文。\n`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const pdf = await readPdf(bytes);
    // Control characters show nothing and are left out; an unpaired surrogate becomes U+FFFD.
    expect(pdf.info.Title).toBe(`简报 ${hostile}控制字符\ufffd孤立代理 2014年第1期`);
    // In the Markdown heading, `\\)` is an escaped parenthesis.
    const heading = `标题 ${hostile.replace('\\)', ')')}`;
    expect(pdf.info.Subject).toBe(heading);
    expect(pdf.outline.map((o) => o.title)).toEqual([heading, long]);
    await expect(promisify(execFile)('qpdf', ['--check', result.output ?? ''])).resolves.toBeDefined();
  }, 30_000);

  it('keep no metadata of a picture (a PNG text chunk is not copied)', async () => {
    const dir = await tempDir('meta');
    dirs.push(dir);
    const { chunk } = await import('./pictureBytes.js');
    const sound = plainPng(3, 2, 2);
    const iend = sound.length - 12;
    const marked = Buffer.concat([sound.subarray(0, iend), chunk('tEXt', Buffer.from('Comment\0SECRET-(\\)-MARK', 'latin1')), sound.subarray(iend)]);
    const { bytes, result } = await build(dir, `${front('测试简报')}正文。\n\n![图](p.png)\n`, { 'p.png': marked });
    expect(result.diagnostics).toEqual([]);
    expect(Buffer.from(bytes).includes('SECRET')).toBe(false);
  }, 30_000);
});

describe('pictures in the PDF', () => {
  it('gives a colour-keyed PNG a /Mask of one range per component, at the key', async () => {
    const dir = await tempDir('mask');
    dirs.push(dir);
    const { chunk } = await import('./pictureBytes.js');
    const keyed = (colourType: number, key: number[]): Buffer => {
      const sound = plainPng(3, 2, colourType);
      const idat = sound.indexOf('IDAT') - 4;
      return Buffer.concat([sound.subarray(0, idat), chunk('tRNS', Buffer.from(key)), sound.subarray(idat)]);
    };
    const text = `${front('测试简报')}正文。\n\n![图](rgb.png)\n\n![图](grey.png)\n`;
    const { bytes, result } = await build(dir, text, { 'rgb.png': keyed(2, [0, 0x7f, 0, 0x7f, 0, 0x7f]), 'grey.png': keyed(0, [0, 0x7f]) });
    expect(result.diagnostics).toEqual([]);
    const masks = [...Buffer.from(bytes).toString('latin1').matchAll(/\/Mask \[([^\]]*)\]/g)].map((m) => m[1]);
    expect(masks).toEqual(['127 127 127 127 127 127', '127 127']);
  }, 30_000);
});

describe('the PDF and where its inputs lie', () => {
  it('is byte for byte the same when the issue and its picture are built from two folders', async () => {
    const text = `${front('测试简报')}正文。\n\n![图](images/p.png)\n`;
    const outputs: Uint8Array[] = [];
    for (const name of ['first', 'a-much-longer-folder-name/nested']) {
      const root = await tempDir('where');
      dirs.push(root);
      const dir = path.join(root, name);
      await mkdir(path.join(dir, 'images'), { recursive: true });
      await writeFile(path.join(dir, 'images', 'p.png'), plainPng(8, 6, 2));
      outputs.push((await build(dir, text)).bytes);
    }
    expect(outputs[0]?.length).toBeGreaterThan(0);
    expect(Buffer.from(outputs[0] ?? []).equals(Buffer.from(outputs[1] ?? []))).toBe(true);
  }, 30_000);
});
