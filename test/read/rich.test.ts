import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/model/document.js';
import { plainText } from '../../src/read/plainText.js';
import { readIssue } from '../../src/read/readIssue.js';
import { blocksOf, fixture, tempProject } from './helpers.js';
import { exifPayload, jpegWith, segment } from './jpegBytes.js';

// Issue 6, reading side: figures, tables, footnotes, bare links, `break: page` and raw HTML.
// The messages themselves are pinned by the *.diagnostics.txt files beside the fixtures.

const frontMatter = '---\ntitle: 金桥会议传真\nissue: 6\ndate: 2014-12-01\nsponsors: [上海产业技术研究院]\n---\n\n';
const image = (name: string) => fixture('rich', 'images', name);

/** `rule line:column` of each diagnostic. */
function where(diagnostics: readonly { rule: string; line: number; column: number }[]): string[] {
  return diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`);
}

/** Each inline as `text`, or `<kind>` (with the number of a footnote call). */
function shape(inlines: readonly Inline[]): string[] {
  return inlines.map((i) => (i.kind === 'text' ? i.value : i.kind === 'footnoteRef' ? `<${i.number}>` : `<${i.kind}>`));
}

/** A temporary project holding `issue.md` (with complete front matter) and the given files. */
async function projectWith(body: string, files: Record<string, Uint8Array | string> = {}): Promise<string> {
  const root = await tempProject({ 'issue.md': frontMatter + body });
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), bytes);
  }
  return root;
}

describe('figures', () => {
  it('makes an image alone in its paragraph a figure, with the PNG or JPEG size from its header', async () => {
    const { document, diagnostics } = await readIssue(fixture('rich', 'figures.md'));
    const blocks = document?.blocks ?? [];
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'figure', 'figure', 'figure', 'quote', 'paragraph']);
    expect(blocks[1]).toMatchObject({
      kind: 'figure',
      src: image('dot.png'),
      format: 'png',
      width: 2,
      height: 1,
      span: { start: { line: 8, column: 1 } },
    });
    const caption = blocks[1]?.kind === 'figure' ? blocks[1].caption : [];
    // The soft break between two Han characters is dropped, as in any paragraph.
    expect(shape(caption)).toEqual(['金桥会议', '现场照片']);
    expect(caption[0]?.span.start).toEqual({ line: 8, column: 3 });
    expect(caption[1]?.span.start).toEqual({ line: 9, column: 1 });
    // Indented, without alt text; and written as a reference `![参观][photo]`.
    expect(blocks[2]).toMatchObject({ src: image('dot.jpg'), format: 'jpeg', width: 3, height: 2, caption: [], span: { start: { line: 11, column: 4 } } });
    expect(blocks[3]).toMatchObject({ src: image('dot.jpg'), format: 'jpeg', caption: [{ kind: 'text', value: '参观' }] });
    expect(blocks[4]?.kind === 'quote' && blocks[4].children[0]).toMatchObject({ kind: 'figure', format: 'png' });
    // Two images in one paragraph are images among text: left out, each with a warning.
    // (The soft break between the two images is still a space: it is judged by its neighbours.)
    expect(blocks[5]?.kind === 'paragraph' && plainText(blocks[5].children)).toBe('两张图在同一段： ');
    expect(where(diagnostics)).toEqual(['markdown/inline-image 17:9', 'markdown/inline-image 18:1']);
    expect(diagnostics.every((d) => d.severity === 'warning' && d.hint?.includes('paragraph of its own'))).toBe(true);
  });

  it('reports missing, unreadable and non-JPEG/PNG files and remote images as errors at the image', async () => {
    const { document, diagnostics } = await readIssue(fixture('rich', 'figure-errors.md'));
    expect(document).toBeUndefined();
    expect(where(diagnostics)).toEqual([
      'image/missing 6:1',
      'image/missing 8:1',
      'image/format 10:1',
      'image/format 12:1',
      'image/remote 14:1',
      'image/unreadable 16:1',
      'image/missing 18:1',
    ]);
    expect(diagnostics.every((d) => d.severity === 'error' && d.hint !== undefined)).toBe(true);
    expect(diagnostics[1]?.hint).toBe('did you mean `images/dot.jpg`?');
    expect(diagnostics[2]?.message).toBe('image "images/not-really.png" is not a JPEG or PNG file (it looks like a text file)');
    expect(diagnostics[3]?.message).toContain('(it looks like a GIF image)');
    expect(diagnostics[4]?.hint).toMatch(/^download the picture into the issue’s folder/);
  });

  it('refuses an image outside the issue’s folder tree unless allowOutside is set', async () => {
    const file = fixture('rich', 'outside', 'issue.md');
    const refused = await readIssue(file);
    expect(refused.document).toBeUndefined();
    expect(refused.diagnostics).toMatchObject([{ rule: 'image/outside', severity: 'error', line: 6, column: 1 }]);
    expect(refused.diagnostics[0]?.hint).toContain('--allow-outside');
    const allowed = await readIssue(file, { allowOutside: true });
    expect(allowed.diagnostics).toEqual([]);
    expect(allowed.document?.blocks[0]).toMatchObject({ kind: 'figure', src: image('dot.png'), width: 2, height: 1 });
  });

  it('follows symbolic links for the folder check, and decodes %20 in names', async () => {
    const root = await projectWith('![链接](link.png)\n\n![空格](my%20photo.png)\n');
    await symlink(image('dot.png'), path.join(root, 'link.png'));
    await copyFile(image('dot.png'), path.join(root, 'my photo.png'));
    const refused = await readIssue(path.join(root, 'issue.md'));
    expect(refused.diagnostics).toMatchObject([{ rule: 'image/outside', line: 8, message: 'image "link.png" is a link to a file outside the issue’s folder' }]);
    const allowed = await readIssue(path.join(root, 'issue.md'), { allowOutside: true });
    expect(allowed.diagnostics).toEqual([]);
    expect(allowed.document?.blocks.map((b) => (b.kind === 'figure' ? path.basename(b.src) : b.kind))).toEqual(['link.png', 'my photo.png']);
  });

  it('reads a JPEG frame header beyond the first 64 KB, and turns EXIF-rotated photos upright', async () => {
    // Two maximal APP2 segments (as an ICC profile would be) push the frame header past 128 KB.
    const padding = segment(0xe2, new Uint8Array(65533));
    const root = await projectWith('![大](big.jpg)\n\n![竖](portrait.jpg)\n', {
      'big.jpg': jpegWith(padding, padding),
      'portrait.jpg': jpegWith(segment(0xe1, exifPayload(6, 'MM'))),
    });
    const { document, diagnostics } = await readIssue(path.join(root, 'issue.md'));
    expect(diagnostics).toEqual([]);
    expect(document?.blocks).toMatchObject([
      { kind: 'figure', format: 'jpeg', width: 3, height: 2 },
      { kind: 'figure', format: 'jpeg', width: 2, height: 3 },
    ]);
  });

  it('reports a damaged JPEG', async () => {
    const root = await projectWith('![坏](broken.jpg)\n', { 'broken.jpg': Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2]) });
    const { diagnostics } = await readIssue(path.join(root, 'issue.md'));
    expect(diagnostics).toMatchObject([
      { rule: 'image/damaged', line: 8, message: 'image "broken.jpg" is a damaged JPEG file: it is cut short' },
    ]);
  });
});

describe('tables', () => {
  it('reads alignment, the header row and body rows, padding short rows with empty cells', async () => {
    const { document, diagnostics } = await readIssue(fixture('rich', 'tables.md'));
    expect(diagnostics).toEqual([]);
    const table = document?.blocks[0];
    expect(table).toMatchObject({ kind: 'table', align: ['left', 'center', 'right'], span: { start: { line: 6, column: 1 } } });
    if (table?.kind !== 'table') return;
    expect(table.head.map(plainText)).toEqual(['项目', '数量', '说明']);
    expect(table.rows.map((row) => row.map(plainText))).toEqual([
      ['参会人数', '50', '含院士 3 位'],
      ['报告', '', ''],
      ['甲', '乙', '丙'],
    ]);
    expect(shape(table.rows[0]?.[2] ?? [])).toEqual(['含', '<strong>', ' 3 位']);
    expect(table.rows[0]?.[0]?.[0]?.span.start).toEqual({ line: 8, column: 3 });
  });

  it('leaves out cells beyond the header’s count with a warning; unset alignment is null', () => {
    const { blocks, diagnostics } = blocksOf('| a | b |\n|---|---|\n| 1 | 2 | 3 |');
    expect(blocks[0]).toMatchObject({ kind: 'table', align: [null, null] });
    expect(blocks[0]?.kind === 'table' && blocks[0].rows.map((r) => r.map(plainText))).toEqual([['1', '2']]);
    expect(where(diagnostics)).toEqual(['markdown/table-extra-cells 3:11']);
  });
});

describe('footnotes', () => {
  it('numbers notes by first call, reuses a number for a repeated call, and collects the notes', async () => {
    const { document, diagnostics } = await readIssue(fixture('rich', 'footnotes.md'));
    expect(diagnostics).toEqual([]);
    const [paragraph, heading] = document?.blocks ?? [];
    expect(paragraph?.kind === 'paragraph' && shape(paragraph.children)).toEqual(['正文甲', '<1>', '，乙', '<2>', '，再引甲', '<1>', '。']);
    // Labels match case-insensitively (`[^B]` calls `[^b]`); the call keeps the label as written.
    expect(paragraph?.kind === 'paragraph' && paragraph.children[3]).toMatchObject({ kind: 'footnoteRef', label: 'B', number: 2, span: { start: { line: 6, column: 10 } } });
    expect(heading?.kind === 'heading' && shape(heading.children)).toEqual(['标题', '<3>']);
    const notes = document?.footnotes ?? [];
    // [^d] is called only from note b, so it is numbered after every note the body calls.
    expect(notes.map((n) => [n.number, n.label, n.paragraphs.map((p) => plainText(p.children))])).toEqual([
      [1, 'a', ['注释甲，见。', '第二段。']],
      [2, 'b', ['注释乙，另见。']],
      [3, 'c', ['注释丙。']],
      [4, 'd', ['注释丁。']],
    ]);
    expect(shape(notes[0]?.paragraphs[0]?.children ?? [])).toEqual(['注释甲，见', '<3>', '。']);
    expect(notes[0]?.span.start).toEqual({ line: 12, column: 1 });
    expect(document?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading']);
  });

  it('reports a call without a definition as an error, and warns about unused notes and lists in notes', async () => {
    const { document, diagnostics } = await readIssue(fixture('rich', 'footnote-errors.md'));
    expect(document).toBeUndefined();
    expect(diagnostics.map((d) => `${d.severity} ${d.rule} ${d.line}:${d.column}`)).toEqual([
      'error markdown/undefined-footnote 6:3',
      'warning markdown/footnote-content 10:5',
      'warning markdown/unused-footnote 12:1',
    ]);
    expect(diagnostics[0]?.message).toBe('footnote [^missing] is called but never defined');
    expect(diagnostics[0]?.hint).toContain('`[^missing]: ');
  });

  it('keeps the first of two definitions of one label, with a warning', () => {
    const { footnotes, diagnostics } = blocksOf('正文[^1]。\n\n[^1]: 甲。\n\n[^1]: 乙。');
    expect(footnotes.map((n) => plainText(n.paragraphs[0]?.children ?? []))).toEqual(['甲。']);
    expect(diagnostics).toMatchObject([{ rule: 'markdown/duplicate-footnote', line: 5, message: 'footnote [^1] is defined again; the definition on line 3 is used' }]);
  });

  it('places an undefined call on continuation lines and after escapes', () => {
    const { diagnostics } = blocksOf('第一行\n\\*第二行[^x]，[^y]');
    expect(where(diagnostics)).toEqual(['markdown/undefined-footnote 2:6', 'markdown/undefined-footnote 2:11']);
  });
});

describe('links', () => {
  it('links bare URLs and e-mail addresses, ending a URL at Chinese text or punctuation', async () => {
    const { document, diagnostics } = await readIssue(fixture('rich', 'links.md'));
    expect(diagnostics).toEqual([]);
    const links = (document?.blocks ?? []).flatMap((b: Block) =>
      b.kind === 'paragraph' ? b.children.flatMap((i) => (i.kind === 'link' ? [[i.url, plainText(i.children)]] : [])) : [],
    );
    expect(links).toEqual([
      ['http://www.example.org', 'www.example.org'],
      ['https://x.org/a', 'https://x.org/a'],
      ['mailto:jq@sast.org.cn', 'jq@sast.org.cn'],
      ['https://x.org/上海', 'https://x.org/上海'],
      ['https://www.sast.org.cn', '官网'],
    ]);
    const first = document?.blocks[0];
    expect(first?.kind === 'paragraph' && shape(first.children)).toEqual(['见 ', '<link>', '，详情请访问 ', '<link>', '。']);
    expect(first?.kind === 'paragraph' && first.children.map((i) => i.span.start.column)).toEqual([1, 3, 18, 25, 40]);
    expect(first?.kind === 'paragraph' && first.children[1]?.span.end.column).toBe(18);
  });

  it('drops GFM’s trailing punctuation before the Chinese text that ended the URL', () => {
    const first = blocksOf('网址 https://x.org/a.，其他 www.x.org/“引号”').blocks[0];
    expect(first?.kind === 'paragraph' && first.children.map((i) => (i.kind === 'link' ? i.url : `${i.kind}:${plainText([i])}`))).toEqual([
      'text:网址 ',
      'https://x.org/a',
      'text:.，其他 ',
      'http://www.x.org/',
      'text:“引号”',
    ]);
  });
});

describe('front matter: break', () => {
  it('accepts `break: page` and leaves the field out otherwise', async () => {
    const page = await readIssue(fixture('rich', 'break-page.md'));
    expect(page.diagnostics).toEqual([]);
    expect(page.document?.meta.break).toBe('page');
    const runOn = await readIssue(fixture('rich', 'tables.md'));
    expect(runOn.document?.meta).not.toHaveProperty('break');
  });

  it('rejects any other value, naming the field and the allowed value', async () => {
    const { document, diagnostics } = await readIssue(fixture('rich', 'break-column.md'));
    expect(document).toBeUndefined();
    expect(diagnostics).toMatchObject([{ rule: 'front-matter/invalid-value', line: 4, column: 8, hint: 'for example `break: page`' }]);
    expect(diagnostics[0]?.message).toMatch(/^front matter field "break" must be "page" .*, not "column"$/);
  });

  it('suggests `break` for a misspelt key', async () => {
    const root = await tempProject({ 'issue.md': frontMatter.replace('issue: 6', 'issue: 6\nbreaks: page') });
    const { diagnostics } = await readIssue(path.join(root, 'issue.md'));
    expect(diagnostics).toMatchObject([{ rule: 'front-matter/unknown-field', line: 4, message: 'unknown front matter field "breaks"', hint: 'did you mean `break`?' }]);
  });
});

describe('raw HTML', () => {
  it('leaves out HTML blocks and tags with a warning naming the line, keeping the text between tags', async () => {
    const { document, diagnostics } = await readIssue(fixture('rich', 'raw-html.md'));
    expect(where(diagnostics)).toEqual(['markdown/raw-html 6:3', 'markdown/raw-html 6:10', 'markdown/raw-html 8:1']);
    expect(diagnostics.every((d) => d.severity === 'warning' && d.message.startsWith('raw HTML is left out of the PDF'))).toBe(true);
    expect(diagnostics[0]?.hint).toContain('sanitised');
    // The comment is left out without a word: hiding a remark is what comments are for.
    expect(document?.blocks.map((b) => (b.kind === 'paragraph' ? plainText(b.children) : b.kind))).toEqual(['正文内。']);
  });
});
