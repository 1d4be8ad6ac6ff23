import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue, typesetIssue, type BuildOptions } from '../../src/build/buildIssue.js';
import { runCli } from '../../src/cli/runCli.js';
import { FONT_ROLES, resolveFonts } from '../../src/fonts/resolveFonts.js';
import { makeTestFont } from '../fonts/testFont.js';
import { pdfObjectText, readPdf, stripWhitespace } from './pdfText.js';
import { tempDir } from './reference.js';

// Issue 9.4 and issue 10 end to end: fonts from --font-path by the names in their name table,
// --fonts bundled, footnote marks every printing face has, and font names that are safe in a PDF.

const run = promisify(execFile);
const CIRCLED_21_50 = [...Array.from({ length: 15 }, (_, i) => String.fromCodePoint(0x3251 + i)), ...Array.from({ length: 15 }, (_, i) => String.fromCodePoint(0x32b1 + i))].join('');
const NOTES = Array.from({ length: 25 }, (_, i) => i + 1);

function issue(fonts: string): string {
  return [
    '---',
    'title: 金桥会议传真',
    'issue: 4',
    'date: 2014-10-17',
    'sponsors: [上海产业技术研究院]',
    ...(fonts ? [fonts] : []),
    '---',
    '',
    '# 一、来访',
    '',
    `韩国代表团（한국）来访，参观面积 200㎡。${NOTES.map((n) => `注[^${n}]`).join('')}`,
    '',
    ...NOTES.map((n) => `[^${n}]: 第${n}条注释。`),
    '',
  ].join('\n');
}

let dir: string;
let fontDir: string;
let emptyDir: string;
const base: BuildOptions = { systemFontDirs: [], sourceDateEpoch: 1413504000 };

beforeAll(async () => {
  dir = await tempDir('fonts-e2e');
  fontDir = path.join(dir, 'myfonts');
  emptyDir = path.join(dir, 'none');
  await mkdir(fontDir);
  await mkdir(emptyDir);
  await writeFile(
    path.join(fontDir, 'fzxbs.ttf'),
    makeTestFont({ family: { 0x409: 'FZXiaoBiaoSong-B05S', 0x804: '方正小标宋简体' }, postscriptName: 'FZXBSJW--GB1-0', extra: `한국㎡${CIRCLED_21_50}`, cjk: true }),
  );
  await writeFile(path.join(fontDir, 'evil.ttf'), makeTestFont({ family: { 0x409: 'Evil Family' }, postscriptName: 'Evil (x)/y 恶', extra: CIRCLED_21_50 }));
  await writeFile(path.join(fontDir, 'cover.ttf'), makeTestFont({ family: { 0x409: 'Cover All' }, postscriptName: 'CoverAll-Regular', extra: CIRCLED_21_50, cjk: true }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await readPdf(new Uint8Array(bytes));
  return stripWhitespace(pdf.pages.flatMap((p) => p.items.map((i) => i.str)).join(''));
}

async function build(name: string, text: string, options: BuildOptions): Promise<{ bytes: Buffer; diagnostics: readonly string[] }> {
  const sub = path.join(dir, name);
  await mkdir(sub, { recursive: true });
  const file = path.join(sub, 'issue.md');
  await writeFile(file, text);
  const result = await buildIssue(file, { ...base, cacheDir: path.join(dir, 'cache'), ...options });
  expect(result.output, result.diagnostics.map((d) => d.message).join('\n')).toBeDefined();
  return { bytes: await readFile(result.output ?? ''), diagnostics: result.diagnostics.map((d) => `${d.rule}: ${d.message}`) };
}

describe('fonts from --font-path by their names (issue 9.4)', () => {
  it('sets the title in a face named by its Chinese family name, and 한 ㎡ from an installed face', async () => {
    const { bytes, diagnostics } = await build('named', issue('fonts: {title: 方正小标宋简体}'), { fontPaths: [fontDir] });
    expect(diagnostics.filter((d) => d.startsWith('fonts/'))).toEqual([]);
    const pdf = await readPdf(new Uint8Array(bytes));
    const fonts = new Set(pdf.pages.flatMap((p) => p.items.map((i) => i.font)));
    expect(fonts).toContain('FZXBSJW--GB1-0');
    const text = await pdfText(bytes);
    expect(text).toContain('한국');
    expect(text).toContain('200㎡');
    await expect(run('qpdf', ['--check', path.join(dir, 'named', 'issue.pdf')])).resolves.toBeDefined();
  });

  it('--fonts bundled gives the same bytes with and without fonts in --font-path, and so does fonts: bundled', async () => {
    const text = issue('fonts: {title: 方正小标宋简体}');
    const withFonts = await build('bundled-a', text, { fontPaths: [fontDir], fonts: 'bundled' });
    const without = await build('bundled-b', text, { fontPaths: [emptyDir], fonts: 'bundled' });
    const plain = await build('bundled-c', text, { fonts: 'bundled' });
    expect(withFonts.bytes.equals(without.bytes)).toBe(true);
    expect(withFonts.bytes.equals(plain.bytes)).toBe(true);
    const configured = await build('bundled-d', issue('fonts: bundled'), { fontPaths: [fontDir] });
    const configuredEmpty = await build('bundled-e', issue('fonts: bundled'), {});
    expect(configured.bytes.equals(configuredEmpty.bytes)).toBe(true);
    // Bundled only, 한 has no font: a warning, as on any machine.
    expect(withFonts.diagnostics.some((d) => d.startsWith('fonts/missing-glyph') && d.includes('한'))).toBe(true);
  });

  it('writes a font whose PostScript name has spaces, brackets, / and Chinese as a valid PDF name', async () => {
    const { bytes } = await build('evil', issue('fonts: {body: Evil Family}'), { fontPaths: [fontDir] });
    const file = path.join(dir, 'evil', 'issue.pdf');
    await expect(run('qpdf', ['--check', file])).resolves.toBeDefined();
    const latin = pdfObjectText(bytes);
    expect(latin).toMatch(/\/BaseFont \/[A-Z]{6}\+Evil-x-y\b/);
    expect(latin).not.toContain('Evil (x)');
  });
});

describe('font files that are not fonts (issue 10)', () => {
  it('warns at the fonts: line about /dev/zero and builds with the next font, at once', async () => {
    const sub = path.join(dir, 'zero');
    await mkdir(sub, { recursive: true });
    await writeFile(path.join(sub, 'issue.md'), issue('fonts: {body: /dev/zero}'));
    const result = await buildIssue(path.join(sub, 'issue.md'), { ...base, cacheDir: path.join(dir, 'cache') });
    expect(result.output).toBeDefined();
    const warning = result.diagnostics.find((d) => d.rule === 'fonts/unusable-file');
    expect(warning).toMatchObject({ file: path.join(sub, 'issue.md'), line: 6, severity: 'warning' });
    expect(warning?.column).toBeGreaterThan(1);
    expect(warning?.message).toContain('/dev/zero');
  });
});

describe('footnote numbers past ⑳ (issue 9.4)', () => {
  it('prints note 25 as [25] with the bundled fonts, in characters every output font has', async () => {
    const file = path.join(dir, 'notes', 'issue.md');
    const { bytes } = await build('notes', issue(''), { fonts: 'bundled' });
    const text = await pdfText(bytes);
    expect(text).toContain('[25]第25条注释');
    expect(text).not.toMatch(/[㉑-㉟㊱-㊿]/u);
    const typeset = await typesetIssue(file, { ...base, fonts: 'bundled' });
    const faces = [...(typeset.shaper?.fontsByKey.values() ?? [])];
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) for (const ch of '[25]') expect(face.face.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0), `${face.postscriptName} ${ch}`).toBe(true);
  });

  it('prints ㉕ when every role’s font has it', async () => {
    const roles = FONT_ROLES.filter((r) => r !== 'mono').map((r) => `${r}: Cover All`).join(', ');
    const { bytes } = await build('circled', issue(`fonts: {${roles}}`), { fontPaths: [fontDir] });
    const text = await pdfText(bytes);
    expect(text).toContain('㉕第25条注释');
    expect(text).not.toContain('[25]');
  });

  it('writes the same marks in the HTML', async () => {
    const sub = path.join(dir, 'notes-html');
    await mkdir(sub, { recursive: true });
    await writeFile(path.join(sub, 'issue.md'), issue(''));
    const result = await buildIssue(path.join(sub, 'issue.md'), { ...base, fonts: 'bundled', format: 'html', cacheDir: path.join(dir, 'cache') });
    const html = await readFile(result.outputs?.[0] ?? '', 'utf8');
    expect(html).toContain('>[25]</a>');
    expect(html).not.toMatch(/[㉑-㉟㊱-㊿]/u);
  }, 30_000);
});

describe('the fonts flags (issue 9.4)', () => {
  const io = (out: string[]): Parameters<typeof runCli>[1] => ({
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => out.push(t) },
    env: { XDG_CACHE_HOME: path.join(dir, 'cache') },
    cwd: dir,
  });

  it('makes a --font-path that does not exist or is a file a usage error naming it', async () => {
    const file = path.join(dir, 'flags', 'issue.md');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, issue(''));
    for (const command of [['build', file], ['check', file], ['fonts']]) {
      const out: string[] = [];
      expect(await runCli([...command, '--font-path', 'no-such-folder'], io(out)), command[0]).toBe(2);
      expect(out.join(''), command[0]).toContain('no-such-folder');
    }
    const out: string[] = [];
    expect(await runCli(['build', file, '--font-path', file], io(out))).toBe(2);
    expect(out.join('')).toContain('not a folder');
  });

  it('bulletin fonts --fonts bundled lists only bundled faces', async () => {
    const out: string[] = [];
    expect(await runCli(['fonts', '--fonts', 'bundled', '--font-path', fontDir], io(out))).toBe(0);
    const rows = out.join('').split('\n').filter((l) => /^(title|body|hei|kai|mono) /.test(l));
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toContain('bundled');
    expect(resolveFonts({ fontPaths: [fontDir], bundledOnly: true }).fonts.roles.title.source).toBe('bundled');
  });
});
