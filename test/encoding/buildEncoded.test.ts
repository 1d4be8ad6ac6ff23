import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue, checkIssues } from '../../src/index.js';
import { readPdf, stripWhitespace } from '../e2e/pdfText.js';
import { tempDir } from '../e2e/reference.js';
import { gbkEncode } from './gbkEncode.js';

// A secretariat on Chinese Windows saves from Notepad or WPS as "ANSI", which is GBK: such an issue
// and such a bulletin.yaml must print the same characters as their UTF-8 originals.

const config = 'title: 金桥会议传真\nsponsors:\n  - 上海产业技术研究院\n  - 上海浦东金桥技术开发区管委会\nsecretariat:\n  name: “金桥产业技术创新会议” 秘书组\n';
const issue =
  '---\nissue: 4\nserial: 9\ndate: 2014-10-17\n---\n\n' +
  '> **编者按：**2014年9月23日，经上海科学院（SAST）、上海产业技术研究院（SITI）共同商定，召开了“第七次金桥产业技术创新会议”。\n\n' +
  '## 一、加强国际合作\n\n韩国科技政策研究院副院长李正源致辞，对创新中心的成立寄予希望和祝福。\n';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function project(encode: (text: string) => Uint8Array | string): Promise<string> {
  const dir = await tempDir('encoding');
  dirs.push(dir);
  await writeFile(path.join(dir, 'bulletin.yaml'), encode(config));
  await writeFile(path.join(dir, '2014-04.md'), encode(issue));
  return dir;
}

async function builtText(dir: string): Promise<{ text: string; warnings: string[] }> {
  const result = await buildIssue(path.join(dir, '2014-04.md'), { outDir: path.join(dir, 'out'), systemFontDirs: [] });
  if (result.output === undefined) throw new Error(`no output: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  const pdf = await readPdf(await readFile(result.output));
  const text = pdf.pages.flatMap((p) => p.items.map((i) => i.str)).join('');
  return { text: stripWhitespace(text), warnings: result.diagnostics.filter((d) => d.rule === 'read/encoding').map((d) => path.basename(d.file)) };
}

describe('a GBK issue and a GBK bulletin.yaml', () => {
  it('print the same text as their UTF-8 originals, with a warning for each file', async () => {
    const [original, gbk] = await Promise.all([builtText(await project((t) => t)), builtText(await project(gbkEncode))]);
    expect(original.text).toContain('金桥会议传真');
    expect(original.text).toContain('韩国科技政策研究院副院长李正源');
    expect(gbk.text).toBe(original.text);
    expect(original.warnings).toEqual([]);
    expect(gbk.warnings.sort()).toEqual(['2014-04.md', 'bulletin.yaml']);
  });

  it('are rewritten as UTF-8 by check --fix', async () => {
    const dir = await project(gbkEncode);
    const files = [path.join(dir, '2014-04.md')];
    const before = await checkIssues(files, { systemFontDirs: [] });
    expect(before.diagnostics.filter((d) => d.rule === 'read/encoding')).toHaveLength(2);
    const fixed = await checkIssues(files, { fix: true, systemFontDirs: [] });
    expect(fixed.fixed.map((f) => [path.basename(f.file), f.encoding])).toEqual([
      ['2014-04.md', 'GB18030'],
      ['bulletin.yaml', 'GB18030'],
    ]);
    expect(await readFile(path.join(dir, 'bulletin.yaml'), 'utf8')).toBe(config);
    expect(await readFile(path.join(dir, '2014-04.md'), 'utf8')).toBe(issue);
    expect(fixed.diagnostics.filter((d) => d.rule === 'read/encoding')).toEqual([]);
  });
});
