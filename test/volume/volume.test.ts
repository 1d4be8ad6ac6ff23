import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue, buildVolume, type VolumeResult } from '../../src/index.js';
import { MAX_VOLUME_ISSUES } from '../../src/volume/buildVolume.js';
import { linesOf, pdfObjectText, readPdf, stripWhitespace, type PdfContent, type PdfOutlineItem } from '../e2e/pdfText.js';
import { repoRoot, tempDir } from '../e2e/reference.js';
import { runInProcess } from '../faults/runInProcess.js';
import { ARTICLES, makeVolumeArchive, type VolumeArchiveIssue } from './volumeArchive.js';

// Issue 11.3: a year's issues bound into one PDF, typeset in one process, each font embedded once.

const run = promisify(execFile);
const options = { fonts: 'bundled', systemFontDirs: [] } as const;

let dir: string;
let issues: VolumeArchiveIssue[];
let volume: VolumeResult;
let bytes: Buffer;
let pdf: PdfContent;
/** The single issues of 2014, built as `build` builds them. */
const singles: { pages: number; bytes: number; outline: readonly PdfOutlineItem[]; text: readonly string[]; images: number }[] = [];

/** Image XObjects in a PDF's bytes (pdfkit writes dictionaries uncompressed). */
function imageCount(pdfBytes: Buffer): number {
  return [...pdfBytes.toString('latin1').matchAll(/\/Subtype \/Image\b/g)].length;
}

/** A page's text without its foot: the issue's or the volume's page number and the issue's own page. */
function withoutFoot(text: string): string {
  return text.replace(/—(\d+|[IVX]+)—/g, '').replace(/\d{4}年第\d+期（总第\d+期）第\d+页$/, '');
}

beforeAll(async () => {
  dir = await tempDir('volume');
  issues = await makeVolumeArchive(dir);
  volume = await buildVolume([dir], { ...options, year: 2014, output: path.join(dir, 'out', '2014.pdf') });
  expect(volume.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  bytes = await readFile(path.join(dir, 'out', '2014.pdf'));
  pdf = await readPdf(bytes);
  for (const issue of issues.filter((i) => i.year === 2014)) {
    const single = await buildIssue(issue.file, { ...options, outDir: path.join(dir, 'singles') });
    const file = await readFile(single.output ?? '');
    const read = await readPdf(file);
    singles.push({
      pages: single.pages ?? 0,
      bytes: file.length,
      outline: read.outline,
      text: read.pages.map((p) => stripWhitespace(p.items.map((i) => i.str).join(''))),
      images: imageCount(file),
    });
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The text of page `n` (1-based), whitespace removed. */
function pageText(n: number): string {
  return stripWhitespace(pdf.pages[n - 1]?.items.map((i) => i.str).join('') ?? '');
}

/** The contents' lines that end in a page number: [title without leaders, page]. */
function contentsLines(): [string, number][] {
  const front = volume.frontPages ?? 0;
  const lines = pdf.pages.slice(1, front).flatMap((p) => linesOf(p.items).map((l) => stripWhitespace(l.text)));
  return lines.flatMap((l): [string, number][] => {
    const found = /^(.*?)\.*(\d+)$/.exec(l);
    return found?.[1] && found[2] ? [[found[1], Number(found[2])]] : [];
  });
}

describe('bulletin volume', () => {
  it('has a cover, the contents and every issue’s pages: no more, no fewer', () => {
    const sum = singles.reduce((s, i) => s + i.pages, 0);
    expect(volume.frontPages).toBeGreaterThanOrEqual(2);
    expect(pdf.pageCount).toBe((volume.frontPages ?? 0) + sum);
    expect(volume.pages).toBe(pdf.pageCount);
    expect(volume.issues.map((i) => [i.issue, i.pages])).toEqual(singles.map((s, n) => [n + 1, s.pages]));
    // The cover: title, year, 合订本, the issues bound and the sponsors.
    const cover = pageText(1);
    for (const words of ['金桥会议传真', '2014年', '合订本', '第1期至第3期（总第1期至第3期）', '上海产业技术研究院', '上海市中国工程院院士咨询与学术活动中心']) expect(cover).toContain(words);
    expect(pageText(2)).toContain('目录');
  });

  it('lists each issue and its articles or sections at the volume pages where they start', () => {
    const front = volume.frontPages ?? 0;
    const listed = contentsLines();
    let at = 0;
    for (const [n, issue] of issues.filter((i) => i.year === 2014).entries()) {
      const [title, page] = listed[at++] ?? ['', 0];
      expect(title).toBe(`第${issue.issue}期（总第${issue.serial}期）${title.slice(title.indexOf('）') + 1)}`);
      expect(page).toBe(volume.issues[n]?.firstPage);
      // The issue's masthead is on that page, and the volume's foot numbers it so.
      expect(pageText(front + page)).toContain(`2014年第${issue.issue}期（总第${issue.serial}期）`);
      expect(pageText(front + page)).toContain(`—${page}—`);
      for (const heading of issue.listed) {
        const [entry, start] = listed[at++] ?? ['', 0];
        expect(entry).toBe(stripWhitespace(heading));
        // The heading is set on that page (not in the contents block of its issue: at its size or face).
        const lines = linesOf(pdf.pages[front + start - 1]?.items ?? []).filter((l) => stripWhitespace(l.text).startsWith(stripWhitespace(heading).slice(0, 8)));
        const sizes = lines.map((l) => l.size);
        expect(sizes.some((s) => (ARTICLES.includes(heading as (typeof ARTICLES)[number]) ? s > 20 : s >= 12)), `${heading} on volume page ${start}`).toBe(true);
        // …and not on the page before, unless that is the issue's first page with its 本期要目.
        if (start > page) {
          const before = linesOf(pdf.pages[front + start - 2]?.items ?? []).filter((l) => stripWhitespace(l.text).startsWith(stripWhitespace(heading).slice(0, 8)) && l.size > 12.5);
          expect(before).toEqual([]);
        }
      }
    }
    expect(at).toBe(listed.length);
  });

  it('holds every issue as `build` sets it, page for page', () => {
    const front = volume.frontPages ?? 0;
    singles.forEach((single, n) => {
      const first = volume.issues[n]?.firstPage ?? 0;
      single.text.forEach((text, k) => expect(withoutFoot(pageText(front + first + k)), `issue ${n + 1}, page ${k + 1}`).toBe(withoutFoot(text)));
    });
  });

  it('embeds a picture shown by two issues once', () => {
    expect(singles[0]?.images).toBeGreaterThanOrEqual(1);
    expect(imageCount(bytes)).toBe(singles[0]?.images);
  });

  it('keeps the page of the issue as printed in the foot', () => {
    const front = volume.frontPages ?? 0;
    const second = volume.issues[1];
    expect(pageText(front + (second?.firstPage ?? 0) + 1)).toContain('2014年第2期（总第2期）第2页');
  });

  it('has bookmarks year → contents and issues → the issues’ own headings', () => {
    const front = volume.frontPages ?? 0;
    expect(pdf.outline.map((o) => o.title)).toEqual(['金桥会议传真 2014年合订本']);
    const year = pdf.outline[0];
    expect(year?.page).toBe(1);
    const [contents, ...bound] = year?.items ?? [];
    expect(contents?.title).toBe('目录');
    expect(contents?.page).toBe(2);
    expect(bound.map((b) => b.title.replace(/\u3000.*/, ''))).toEqual(issues.filter((i) => i.year === 2014).map((i) => `第${i.issue}期（总第${i.serial}期）`));
    const flatten = (items: readonly PdfOutlineItem[], shift: number): [string, number | undefined][] =>
      items.flatMap((i) => [[i.title, i.page === undefined ? undefined : i.page + shift] as [string, number | undefined], ...flatten(i.items, shift)]);
    bound.forEach((b, n) => {
      const first = volume.issues[n]?.firstPage ?? 0;
      expect(b.page).toBe(front + first);
      // The same headings, nested alike, as the single issue's bookmarks, on the same pages of the issue.
      expect(flatten(b.items, 0)).toEqual(flatten(singles[n]?.outline ?? [], front + first - 1));
    });
  });

  it('labels its pages: the front matter in roman numerals, then 1 … N as the feet print them', async () => {
    const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 });
    const doc = await task.promise;
    try {
      const labels = await doc.getPageLabels();
      const front = volume.frontPages ?? 0;
      expect(labels?.slice(0, front)).toEqual(['I', 'II', 'III', 'IV'].slice(0, front));
      expect(labels?.slice(front)).toEqual(Array.from({ length: pdf.pageCount - front }, (_, i) => String(i + 1)));
    } finally {
      await task.destroy();
    }
  });

  it('embeds each font once, and is well under the single issues together', async () => {
    const text = pdfObjectText(bytes);
    const type0 = [...text.matchAll(/\/Type \/Font\s*\/Subtype \/Type0\s*\/BaseFont \/[A-Z]{6}\+([^\s/]+)/g)].map((m) => m[1]);
    expect(type0.length).toBeGreaterThanOrEqual(3);
    expect(new Set(type0).size).toBe(type0.length);
    const { stdout } = await run('pdffonts', [path.join(dir, 'out', '2014.pdf')]);
    const names = stdout.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => l.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, ''));
    expect(new Set(names).size).toBe(names.length);
    const sum = singles.reduce((s, i) => s + i.bytes, 0);
    expect(bytes.length).toBeLessThan(sum * 0.6);
  });

  it('passes qpdf --check', async () => {
    const { stdout } = await run('qpdf', ['--check', path.join(dir, 'out', '2014.pdf')]);
    expect(stdout).toContain('No syntax or stream encoding errors');
  });

  it('gives the same bytes for the same archive', async () => {
    const again = await buildVolume([dir], { ...options, year: 2014, output: path.join(dir, 'out', 'again.pdf') });
    expect(again.bytes).toBe(bytes.length);
    expect((await readFile(path.join(dir, 'out', 'again.pdf'))).equals(bytes)).toBe(true);
  }, 60_000);

  it('binds the range --from/--to names, and the latest year by default', async () => {
    const part = await buildVolume([dir], { ...options, from: 2, to: 3, output: path.join(dir, 'out', 'part.pdf') });
    expect(part.year).toBe(2015);
    expect(part.issues.map((i) => [i.year, i.issue, i.firstPage])).toEqual([
      [2015, 2, 1],
      [2015, 3, 1 + (part.issues[0]?.pages ?? 0)],
    ]);
    const read = await readPdf(await readFile(path.join(dir, 'out', 'part.pdf')));
    expect(read.pageCount).toBe((part.frontPages ?? 0) + part.issues.reduce((s, i) => s + i.pages, 0));
    expect(stripWhitespace(read.pages[0]?.items.map((i) => i.str).join('') ?? '')).toContain('第2期至第3期（总第5期至第6期）');
  }, 60_000);
});

describe('the cover of a volume', () => {
  it('shows what fits of a long title and of many sponsors inside the type area, and warns once at each field', async () => {
    const long = await tempDir('volume-cover');
    try {
      const sponsors = Array.from({ length: 60 }, (_, i) => `上海市第${i + 1}产业技术研究促进中心`);
      await writeFile(path.join(long, 'bulletin.yaml'), `title: ${'金桥产业技术创新会议传真'.repeat(4)}\nsponsors:\n${sponsors.map((s) => `  - ${s}`).join('\n')}\n`);
      await writeFile(path.join(long, '2014-01.md'), '---\nissue: 1\ndate: 2014-01-05\n---\n\n正文。\n');
      const result = await buildVolume([long], { ...options, output: path.join(long, 'v.pdf') });
      const cover = result.diagnostics.filter((d) => d.rule === 'limits/volume-cover');
      expect(cover.map((d) => [path.basename(d.file), d.line])).toEqual([
        ['bulletin.yaml', 1],
        ['bulletin.yaml', 3],
      ]);
      const read = await readPdf(await readFile(path.join(long, 'v.pdf')));
      const page = read.pages[0];
      // Nothing below the type area's last grid line, nothing above the page.
      for (const item of page?.items ?? []) expect(item.top).toBeLessThanOrEqual(104.88 + 630 + 1);
      expect(stripWhitespace(page?.items.map((i) => i.str).join('') ?? '')).toContain('上海市第1产业技术研究促进中心');
    } finally {
      await rm(long, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a volume of a bulletin with its own template', () => {
  it('names the issues by the template’s issue line and puts the numbers at the outer edge of each page', async () => {
    const own = await tempDir('volume-template');
    try {
      await cp(path.join(repoRoot, 'test', 'fixtures', 'template', 'ours'), path.join(own, 'ours'), { recursive: true });
      await mkdir(path.join(own, 'archive'));
      const issue = await readFile(path.join(repoRoot, 'test', 'fixtures', 'template', 'archive', '2014-05.md'), 'utf8');
      await writeFile(path.join(own, 'archive', '2014-05.md'), issue);
      await writeFile(path.join(own, 'archive', '2014-06.md'), issue.replace('issue: 5', 'issue: 6'));
      const result = await buildVolume([path.join(own, 'archive')], { ...options, output: path.join(own, 'v.pdf') });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const read = await readPdf(await readFile(path.join(own, 'v.pdf')));
      const contents = stripWhitespace(read.pages[1]?.items.map((i) => i.str).join('') ?? '');
      // Each issue's line, then its one article's sections (the fixture's `## 进展`), on the page it starts.
      expect(contents).toMatch(/^目录〔2014〕5号2014年5月6日\.+1[^〔]*进展\.*1〔2014〕6号2014年5月6日\.+2[^〔]*进展\.*2—II—$/);
      // Volume pages 1 and 2 are the 3rd and 4th of the file: right-hand, then left-hand.
      const number = (page: number, n: number): number => read.pages[page - 1]?.items.find((i) => i.str.replace(/[\s—]/g, '') === String(n) && i.size === 14)?.x ?? Number.NaN;
      expect(number(3, 1)).toBeGreaterThan(400);
      expect(number(4, 2)).toBeLessThan(150);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('bulletin volume on the command line', () => {
  it('reports an error of an issue at its file, line and column, and writes nothing', async () => {
    const broken = await tempDir('volume-broken');
    try {
      const made = await makeVolumeArchive(broken, 2);
      const bad = made[1]?.file ?? '';
      const text = await readFile(bad, 'utf8');
      await writeFile(bad, text.replace('全球创新中心挂牌成立\n', '全球创新中心挂牌成立\n\n![图](missing.jpg)\n'));
      const result = await runInProcess(['volume', '.', '--year', '2014', '-o', 'v.pdf', '--fonts', 'bundled'], broken);
      expect(result.code).toBe(1);
      const line = text.split('\n').findIndex((l) => l === `# ${ARTICLES[1]}`) + 3;
      expect(result.stderr).toMatch(new RegExp(`2014-02\\.md:${line}:\\d+: error`));
      expect(result.stderr).toContain('no volume written');
      expect((await readdir(broken)).filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp'))).toEqual([]);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses more issues than a volume holds before setting any, with the way out', async () => {
    const many = await tempDir('volume-many');
    try {
      await writeFile(path.join(many, 'bulletin.yaml'), 'title: 金桥会议传真\nsponsors: [上海产业技术研究院]\n');
      const count = MAX_VOLUME_ISSUES + 1;
      await Promise.all(Array.from({ length: count }, (_, i) => writeFile(path.join(many, `2014-${String(i + 1).padStart(3, '0')}.md`), `---\nissue: ${i + 1}\ndate: 2014-01-01\n---\n\n正文。\n`)));
      const result = await runInProcess(['volume', '.', '-o', 'v.pdf'], many);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`error: ${count} issues to bind, more than the ${MAX_VOLUME_ISSUES} one volume holds`);
      expect(result.stderr).toContain('--from and --to');
      expect((await readdir(many)).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    } finally {
      await rm(many, { recursive: true, force: true });
    }
  }, 60_000);

  it('writes the volume and says so; a year without issues or --from after --to is a usage error', async () => {
    const ok = await runInProcess(['volume', '.', '--year', '2015', '--to', '1', '-o', 'cli.pdf', '--fonts', 'bundled'], dir);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/^wrote cli\.pdf: 1 issue, \d+ pages \(2 of cover and contents\), \d+ KB\n$/);
    const none = await runInProcess(['volume', '.', '--year', '2019'], dir);
    expect([none.code, none.stderr]).toEqual([2, 'bulletin: no issues of 2019 in .\n']);
    const backwards = await runInProcess(['volume', '.', '--from', '3', '--to', '2'], dir);
    expect([backwards.code, backwards.stderr]).toEqual([2, 'bulletin: --from 3 is after --to 2\n']);
    await mkdir(path.join(dir, 'taken.pdf'));
    const blocked = await runInProcess(['volume', '.', '--year', '2015', '--to', '1', '-o', 'taken.pdf', '--fonts', 'bundled'], dir);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('taken.pdf: error: this is a folder, but an output file needs its name');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const zh = await runInProcess(['--lang', 'zh', 'volume', 'nowhere'], dir);
    expect([zh.code, zh.stderr]).toEqual([2, 'bulletin: 没有这个文件或文件夹：nowhere\n']);
  }, 60_000);
});
