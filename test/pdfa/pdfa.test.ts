import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { parseArgs } from '../../src/cli/parseArgs.js';
import { pdfStreams, readPdf, stripWhitespace } from '../e2e/pdfText.js';
import { expectedReferenceText, referenceIssue, repoRoot, tempDir } from '../e2e/reference.js';
import { elementsOf, jsonText, readObjects, readStructTree, streamBytes, type PdfObjects, type StructElement } from './structTree.js';

// issue 11 item 4: `--pdfa` writes PDF/A-2u with the structure tagged. Everything is checked from
// the file: the XMP packet and the properties with pdfjs-dist, the objects with qpdf, the text of
// each structure element from the marked content it owns.

const run = promisify(execFile);
const richIssue = path.join(repoRoot, 'examples', 'rich.md');
const dirs: string[] = [];

interface Built {
  readonly file: string;
  readonly bytes: Uint8Array;
}

async function build(issue: string, pdfa: boolean): Promise<Built> {
  const outDir = await tempDir('pdfa');
  dirs.push(outDir);
  const result = await buildIssue(issue, { outDir, systemFontDirs: [], ...(pdfa ? { pdfa: true } : {}) });
  if (!result.output) throw new Error(`build failed: ${JSON.stringify(result.diagnostics)}`);
  return { file: result.output, bytes: new Uint8Array(await readFile(result.output)) };
}

async function xmpOf(bytes: Uint8Array): Promise<{ raw: string; get: (name: string) => unknown }> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const { metadata } = await doc.getMetadata();
    if (!metadata) throw new Error('no XMP metadata');
    const raw = metadata.getRaw();
    const values = new Map<string, unknown>(metadata);
    return { raw, get: (name) => values.get(name) };
  } finally {
    await task.destroy();
  }
}

/** The items of an XMP list property (rdf:Seq or rdf:Bag), unescaped. */
function xmpList(raw: string, name: string): string[] {
  const body = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(raw)?.[1] ?? '';
  return [...body.matchAll(/<rdf:li>([\s\S]*?)<\/rdf:li>/g)].map((m) => (m[1] ?? '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))));
}

/** The checks every --pdfa file passes, whatever the issue. */
async function expectArchival(built: Built, objects: PdfObjects): Promise<void> {
  const xmp = await xmpOf(built.bytes);
  expect(xmp.raw).toContain('<pdfaid:part>2</pdfaid:part>');
  expect(xmp.raw).toContain('<pdfaid:conformance>U</pdfaid:conformance>');
  const { info } = await readPdf(built.bytes);
  // ISO 19005-2 §6.6.3: the Info dictionary and the XMP say the same.
  expect(xmp.get('dc:title')).toBe(info.Title);
  expect(xmp.get('dc:creator')).toEqual([info.Author]);
  expect(xmp.get('xmp:creatortool')).toBe(info.Creator);
  expect(xmp.get('pdf:producer')).toBe(info.Producer);

  const { catalog, trailer, get } = objects;
  expect(jsonText(catalog['/Lang'])).toBe('zh-CN');
  expect(get(catalog['/MarkInfo'])?.['/Marked']).toBe(true);
  expect(get(catalog['/StructTreeRoot'])?.['/Type']).toBe('/StructTreeRoot');
  expect(trailer['/Encrypt']).toBeUndefined();
  const intents = catalog['/OutputIntents'];
  expect(Array.isArray(intents) && intents.length).toBe(1);
  const intent = get((intents as string[])[0]);
  expect(intent?.['/S']).toBe('/GTS_PDFA1');
  expect(jsonText(intent?.['/OutputConditionIdentifier'])).toBe('sRGB IEC61966-2.1');
  const profileRef = intent?.['/DestOutputProfile'] as string;
  expect(get(profileRef)?.['/N']).toBe(3);
  const profile = await streamBytes(built.file, profileRef);
  // An ICC profile: 'acsp' at byte 36, an RGB display profile of the sRGB colour space.
  expect(profile.subarray(36, 40).toString('latin1')).toBe('acsp');
  expect(profile.subarray(16, 20).toString('latin1')).toBe('RGB ');

  // Colours in RGB under the sRGB intent: DeviceCMYK is not allowed with it (ISO 19005-2 §6.2.4.3).
  const content = pdfStreams(built.bytes).filter((s) => s.includes(' Tf '));
  expect(content.length).toBeGreaterThan(0);
  for (const stream of content) {
    expect(stream).not.toMatch(/(^|\s)[\d.]+ [\d.]+ [\d.]+ [\d.]+ [kK](\s|$)/);
    expect(stream).toMatch(/ rg /);
    // Every drawing operation stands in marked content: /Artifact or an element's MCID.
    expect(stream).toMatch(/\/Artifact BMC/);
    expect(stream).toMatch(/<<\s*\/MCID \d+\s*>> BDC/);
  }
  // Every font embedded, with a ToUnicode map (PDF/A-2u).
  const fonts = Object.values(JSON.parse((await run('qpdf', ['--json=2', '--json-key=qpdf', built.file], { maxBuffer: 256 * 1024 * 1024 })).stdout).qpdf[1] as Record<string, { value?: Record<string, unknown> }>)
    .map((o) => o.value)
    .filter((v): v is Record<string, unknown> => v !== undefined && v['/Type'] === '/Font' && v['/Subtype'] === '/Type0');
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font['/ToUnicode']).toBeDefined();
    const descendant = get((font['/DescendantFonts'] as string[])[0]);
    const descriptor = get(descendant?.['/FontDescriptor']);
    expect(descriptor?.['/FontFile2'] ?? descriptor?.['/FontFile3']).toBeDefined();
  }
  await expect(run('qpdf', ['--check', built.file])).resolves.toBeDefined();
}

/** The roles of the tree as an outline, depth-first, for readable failures. */
function outline(e: StructElement, depth = 0): string[] {
  return [`${'  '.repeat(depth)}${e.role}`, ...e.children.flatMap((c) => outline(c, depth + 1))];
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('--pdfa: the reference issue', () => {
  let built: Built;
  let tree: { objects: PdfObjects; root: StructElement };
  beforeAll(async () => {
    built = await build(referenceIssue, true);
    tree = await readStructTree(built.file, built.bytes);
  });

  it('is PDF/A-2u: identification, properties, sRGB intent, tagged, fonts with ToUnicode, qpdf --check', async () => {
    await expectArchival(built, tree.objects);
  });

  it("carries the issue's facts in its XMP: title, issue, date, every sponsor, the date as creation date", async () => {
    const xmp = await xmpOf(built.bytes);
    expect(xmp.get('dc:title')).toBe('金桥会议传真 2014年第4期');
    expect(xmp.get('dc:identifier')).toBe('金桥会议传真 2014年第4期（总第9期）');
    // pdfjs gives a one-item list as its item.
    expect([xmp.get('dc:date')].flat()).toEqual(['2014-10-17']);
    // pdfjs joins the items of a bag into one string: read them from the packet itself.
    expect(xmpList(xmp.raw, 'dc:publisher')).toEqual(['上海产业技术研究院', '上海浦东金桥技术开发区管委会', '上海市中国工程院院士咨询与学术活动中心']);
    expect([xmp.get('dc:language')].flat()).toEqual(['zh-CN']);
    expect(xmp.get('xmp:createdate')).toBe('2014-10-17T00:00:00Z');
    expect(xmp.get('xmp:modifydate')).toBe('2014-10-17T00:00:00Z');
  });

  it('reads in order: the structure holds the whole text, masthead to colophon, and nothing of the page numbers', async () => {
    const source = await readFile(referenceIssue, 'utf8');
    expect(stripWhitespace(tree.root.text)).toBe(stripWhitespace(expectedReferenceText(source)));
  });

  it('tags the masthead, the headings, the paragraphs and the colophon', () => {
    const [document] = tree.root.children;
    expect(document?.role).toBe('Document');
    const top = document?.children ?? [];
    expect(top[0]?.role).toBe('Sect');
    expect(stripWhitespace(top[0]?.children[0]?.text ?? '')).toBe('金桥会议传真');
    expect(top[0]?.children[0]?.role).toBe('H1');
    expect(top.at(-1)?.role).toBe('Sect');
    expect(top.at(-1)?.text).toContain('秘书组');
    expect(elementsOf(tree.root, 'H2').map((h) => stripWhitespace(h.text))).toEqual([
      '一、加强国际合作，SAST-SITI-STEPI全球创新（上海）中心挂牌成立',
      '二、借鉴他国经验，促进上海转型发展向全球科技创新中心迈进',
    ]);
    expect(elementsOf(tree.root, 'H3').map((h) => stripWhitespace(h.text).slice(0, 3))).toEqual(['（一）', '（二）', '（三）']);
    // A paragraph cut by a page break is one element with content on both pages.
    const paragraphs = elementsOf(tree.root, 'P');
    expect(paragraphs.some((p) => p.text.includes('今年 8 月初') || stripWhitespace(p.text).includes('今年8月初'))).toBe(true);
    expect(paragraphs.length).toBeGreaterThan(10);
  });

  it('is rebuilt byte for byte, from another folder too', async () => {
    const again = await build(referenceIssue, true);
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(built.bytes))).toBe(0);
  });
});

describe('--pdfa: examples/rich.md', () => {
  let built: Built;
  let tree: { objects: PdfObjects; root: StructElement };
  beforeAll(async () => {
    built = await build(richIssue, true);
    tree = await readStructTree(built.file, built.bytes);
  });

  it('is PDF/A-2u like the reference', async () => {
    await expectArchival(built, tree.objects);
  });

  it('tags the table with header cells, once, though the header repeats on the next page', async () => {
    const [table] = elementsOf(tree.root, 'Table');
    expect(table, outline(tree.root).join('\n')).toBeDefined();
    const rows = (table as StructElement).children;
    expect(rows.every((r) => r.role === 'TR')).toBe(true);
    expect(rows).toHaveLength(21);
    const headers = elementsOf(tree.root, 'TH');
    expect(headers.map((h) => stripWhitespace(h.text))).toEqual(['序号', '单位类型', '调查对象', '研发人员（人）', '研发投入（万元）', '备注']);
    expect(headers.every((h) => h.scope === 'Column')).toBe(true);
    expect(rows[1]?.children.map((c) => c.role)).toEqual(['TD', 'TD', 'TD', 'TD', 'TD', 'TD']);
    expect(stripWhitespace(rows[20]?.text ?? '')).toBe('20企业某通信设备企业18011,400园区重点企业');
    // The header is painted again where the table continues: that copy is an artifact.
    const { pages } = await readPdf(built.bytes);
    const painted = pages.filter((p) => p.items.some((i) => i.str.includes('研发投入（万元）'))).length;
    expect(painted).toBeGreaterThan(1);
  });

  it('gives each figure its caption as alternate text, and the caption beside it', () => {
    const figures = elementsOf(tree.root, 'Figure');
    expect(figures.map((f) => f.alt)).toEqual(['会议现场：第八次金桥产业技术创新会议的会刊首页', '各季度研发投入指数']);
    expect(elementsOf(tree.root, 'Caption').map((c) => stripWhitespace(c.text))).toEqual(['会议现场：第八次金桥产业技术创新会议的会刊首页', '各季度研发投入指数']);
  });

  it('tags lists, footnotes, the contents, the quote and the code', () => {
    const lists = elementsOf(tree.root, 'L');
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const list of lists) expect(list.children.map((i) => i.children.map((c) => c.role).join(' '))).toEqual(list.children.map(() => 'Lbl LBody'));
    // The marker is the label, read before the item's words, and not in them.
    const labels = elementsOf(tree.root, 'Lbl').map((l) => stripWhitespace(l.text));
    expect(labels.slice(0, 6)).toEqual(['1.', '（1）', '（2）', '①', '②', '2.']);
    expect(labels).toContain('•');
    const bodies = elementsOf(tree.root, 'LBody').map((b) => stripWhitespace(b.text));
    expect(bodies[0]?.startsWith('开幕式与主题报告')).toBe(true);
    // Nested lists stand inside the item they belong to.
    expect(lists.some((l) => elementsOf({ ...l, role: '' }, 'L').length > 0)).toBe(true);
    expect(elementsOf(tree.root, 'Note').map((n) => stripWhitespace(n.text).slice(0, 1))).toEqual(['①', '②', '③']);
    expect(elementsOf(tree.root, 'TOCI').map((t) => stripWhitespace(t.text).replace(/[.\d]+$/, ''))).toEqual(['第八次金桥产业技术创新会议综述', '2014年度产业技术调查数据']);
    expect(elementsOf(tree.root, 'H1').map((h) => stripWhitespace(h.text))).toEqual(['金桥会议传真', '第八次金桥产业技术创新会议综述', '2014年度产业技术调查数据']);
    expect(elementsOf(tree.root, 'BlockQuote')).toHaveLength(1);
    expect(elementsOf(tree.root, 'Code')[0]?.text).toContain('npx bulletin build');
  });

  it('tags each link annotation as a Link element, on the page the annotation is on', () => {
    const { get, value, catalog } = tree.objects;
    const kids = get(catalog['/Pages'])?.['/Kids'] as string[];
    const links: { ref: string; page: string }[] = [];
    for (const page of kids) {
      for (const ref of (get(page)?.['/Annots'] as string[] | undefined) ?? []) {
        const annot = get(ref);
        if (annot?.['/Subtype'] !== '/Link') continue;
        expect(typeof annot['/StructParent']).toBe('number');
        expect(jsonText(value(annot['/Contents']))).toMatch(/^(https?|mailto):/);
        links.push({ ref, page: page.split(' ')[0] ?? '' });
      }
    }
    expect(links.length).toBeGreaterThanOrEqual(2);
    // Each Link element owns its annotation and names the annotation's page.
    const owned = elementsOf(tree.root, 'Link').flatMap((l) => l.objects.map((o) => ({ ref: o.obj, page: o.page })));
    expect(owned).toEqual(links);
  });

  it('holds in its structure every character the pages show but the page numbers and the repeated header, notes after their call', async () => {
    const { pages } = await readPdf(built.bytes);
    const shown = stripWhitespace(pages.map((p) => p.items.map((i) => i.str).join('')).join(''));
    const tagged = stripWhitespace(tree.root.text);
    const header = '序号单位类型调查对象研发人员（人）研发投入（万元）备注';
    const withoutFurniture = shown.replace(/—\d+—/g, '');
    expect(withoutFurniture.split(header).length - 1).toBe(2);
    const once = withoutFurniture.replace(new RegExp(`(${header}[\\s\\S]*?)${header}`), '$1');
    // The pages put a note at the foot of the page of its call; the structure keeps a paragraph,
    // list or table whole, and reads the note after it. Without the notes both read alike.
    const notes = elementsOf(tree.root, 'Note').map((n) => stripWhitespace(n.text));
    expect(notes).toHaveLength(3);
    const withoutNotes = (text: string): string => notes.reduce((t, n) => t.replace(n, ''), text);
    expect(withoutNotes(tagged)).toBe(withoutNotes(once));
    for (const note of notes) {
      const call = note.slice(0, 1);
      expect(tagged.indexOf(call)).toBeLessThan(tagged.indexOf(note));
    }
  });

  it('is rebuilt byte for byte', async () => {
    const again = await build(richIssue, true);
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(built.bytes))).toBe(0);
  });
});

describe('--pdfa: an issue in a template of its own (issue 12)', () => {
  it("tags the template's masthead parts in their order, its logo an artifact, and names the issue its way", async () => {
    const built = await build(path.join(repoRoot, 'test', 'fixtures', 'template', 'archive', '2014-05.md'), true);
    const { objects, root } = await readStructTree(built.file, built.bytes);
    await expectArchival(built, objects);
    const masthead = root.children[0]?.children[0];
    expect(masthead?.role).toBe('Sect');
    expect(masthead?.children.map((c) => `${c.role} ${stripWhitespace(c.text)}`)).toEqual([
      'P 内部资料注意保存',
      'P 编号：0042',
      'H1 某某工作简报',
      'P 〔2014〕5号',
      'P 编印单位：某某办公室',
      'P 2014年5月6日',
    ]);
    expect(elementsOf(root, 'Figure')).toEqual([]);
    const xmp = await xmpOf(built.bytes);
    expect(xmp.get('dc:identifier')).toBe('某某工作简报 〔2014〕5号');
  });
});

describe('without --pdfa', () => {
  it('writes the print PDF as before: CMYK, no structure, no output intent', async () => {
    const built = await build(referenceIssue, false);
    const objects = await readObjects(built.file);
    expect(objects.catalog['/StructTreeRoot']).toBeUndefined();
    expect(objects.catalog['/MarkInfo']).toBeUndefined();
    expect(objects.catalog['/OutputIntents']).toBeUndefined();
    const content = pdfStreams(built.bytes).filter((s) => s.includes(' Tf '));
    expect(content.every((s) => /(^|\s)0 0 0 1 k /.test(s) && !s.includes('BDC'))).toBe(true);
  });

  it('deflates its XMP packet, which readers still find (issue 13); PDF/A keeps it plain', async () => {
    const print = await build(referenceIssue, false);
    const printObjects = await readObjects(print.file);
    const metadata = printObjects.get(printObjects.catalog['/Metadata']);
    expect(metadata?.['/Filter']).toBe('/FlateDecode');
    expect(metadata?.['/length']).toBeUndefined();
    expect(Buffer.from(print.bytes).includes('<x:xmpmeta')).toBe(false);
    const xmp = await xmpOf(print.bytes);
    expect(xmp.get('dc:title')).toBe('金桥会议传真 2014年第4期');
    expect(xmp.get('pdf:producer')).toMatch(/^bulletin /);
    const archive = await build(referenceIssue, true);
    const objects = await readObjects(archive.file);
    expect(objects.get(objects.catalog['/Metadata'])?.['/Filter']).toBeUndefined();
    expect(Buffer.from(archive.bytes).includes('<x:xmpmeta')).toBe(true);
  });

  it('the CLI takes --pdfa on build', () => {
    expect(parseArgs(['build', 'a.md'])).not.toHaveProperty('pdfa');
    expect(parseArgs(['build', 'a.md', '--pdfa'])).toMatchObject({ command: 'build', pdfa: true });
  });
});
