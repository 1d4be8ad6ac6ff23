import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_FACES } from '../../src/fonts/fontCandidates.js';
import { FontShaper } from '../../src/fonts/fontShaper.js';
import { loadFont } from '../../src/fonts/loadFont.js';
import { bundledFontDir, resolveFonts } from '../../src/fonts/resolveFonts.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { TextStyle } from '../../src/typeset/types.js';

const bundledKai = join(bundledFontDir(), BUNDLED_FACES.kai);

const made: string[] = [];
function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('resolveFonts (docs/layout.md D.1)', () => {
  it('falls back to the bundled open fonts on a machine without customary faces', () => {
    const { fonts, diagnostics } = resolveFonts({ systemDirs: [] });
    expect(diagnostics).toEqual([]);
    expect(fonts.roles.title.font.postscriptName).toBe('NotoSerifCJKsc-Black');
    expect(fonts.roles.body.font.postscriptName).toBe('NotoSerifCJKsc-Regular');
    expect(fonts.roles.hei.font.postscriptName).toBe('NotoSansCJKsc-Medium');
    expect(fonts.roles.kai.font.postscriptName).toBe('BulletinKai-Regular');
    for (const role of ['title', 'body', 'hei', 'kai'] as const) expect(fonts.roles[role].source).toBe('bundled');
  });

  it('prefers an installed face of the customary kind', () => {
    const dir = tempFolder('bulletin-sysfonts-');
    copyFileSync(bundledKai, join(dir, 'simkai.ttf'));
    const { fonts } = resolveFonts({ systemDirs: [dir] });
    expect(fonts.roles.kai.source).toBe('system');
    expect(fonts.roles.kai.font.file).toBe(join(dir, 'simkai.ttf'));
    expect(fonts.roles.body.source).toBe('bundled');
  });

  it('prefers a configured font file or name, and finds names in --font-path folders', () => {
    const dir = tempFolder('bulletin-fontpath-');
    copyFileSync(bundledKai, join(dir, 'MyKai.ttf'));
    const byPath = resolveFonts({ systemDirs: [], configured: { kai: join(dir, 'MyKai.ttf'), mono: join(dir, 'MyKai.ttf') } });
    expect(byPath.fonts.roles.kai.source).toBe('configured');
    expect(byPath.fonts.roles.mono.source).toBe('configured');
    expect(byPath.fonts.roles.mono.file).toBe(join(dir, 'MyKai.ttf'));
    const byName = resolveFonts({ systemDirs: [], fontPaths: [dir], configured: { body: 'MyKai' } });
    expect(byName.fonts.roles.body.source).toBe('configured');
    expect(byName.fonts.roles.body.font.file).toBe(join(dir, 'MyKai.ttf'));
    const alias = resolveFonts({ systemDirs: [], fontPaths: [dir], configured: { kai: '楷体' } });
    expect(alias.fonts.roles.kai.source).toBe('bundled');
    // Folders are indexed once per process, so the installed face goes into a folder of its own.
    const other = tempFolder('bulletin-fontpath-');
    copyFileSync(bundledKai, join(other, 'simkai.ttf'));
    const aliasFound = resolveFonts({ systemDirs: [], fontPaths: [other], configured: { kai: '楷体' } });
    expect(aliasFound.fonts.roles.kai.source).toBe('configured');
  });

  it('warns about a configured font that is not installed and goes on down the chain', () => {
    const { fonts, diagnostics } = resolveFonts({ systemDirs: [], configured: { body: '仿宋' }, file: '/x/2014-04.md' });
    expect(fonts.roles.body.source).toBe('bundled');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', rule: 'fonts/not-found', file: '/x/2014-04.md' });
    expect(diagnostics[0]?.message).toContain('仿宋');
  });

  it('reads and parses each font file once per process', () => {
    const a = resolveFonts({ systemDirs: [] }).fonts.roles.body.font;
    const b = resolveFonts({ systemDirs: [] }).fonts.roles.body.font;
    expect(a).toBe(b);
    expect(loadFont(a.file)).toBe(a);
    expect(a.face).toBe(b.face);
  });
});

describe('FontShaper fallback (docs/layout.md D.2)', () => {
  const fonts = resolveFonts({ systemDirs: [] }).fonts;
  const kaiStyle: TextStyle = { role: 'kai', size: 12, colour: 'black' };
  const origin = { file: '/x/issue.md', line: 7, column: 3 };

  it('takes a character the role font lacks from another font', () => {
    const kai = new Set(fonts.roles.kai.font.face.characterSet);
    const missing = fonts.roles.body.font.face.characterSet.find((cp) => cp > 0x2000 && !kai.has(cp));
    expect(missing, 'a character in the body font but not in Kai').toBeDefined();
    const diagnostics: Diagnostic[] = [];
    const shaper = new FontShaper(fonts, (d) => diagnostics.push(d));
    const glyphs = shaper.shape(String.fromCodePoint(missing ?? 0), kaiStyle, origin);
    expect(glyphs[0]?.font).toBe(fonts.roles.body.font.key);
    expect(glyphs[0]?.id).not.toBe(0);
    expect(diagnostics).toEqual([]);
  });

  it('reports a character no font has once, with file, line and column; an error when strict', () => {
    const diagnostics: Diagnostic[] = [];
    const shaper = new FontShaper(fonts, (d) => diagnostics.push(d));
    shaper.shape('吉𠮷', kaiStyle, origin);
    shaper.shape('𠮷', kaiStyle, origin);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: '/x/issue.md', line: 7, column: 4, severity: 'warning', rule: 'fonts/missing-glyph' });
    expect(diagnostics[0]?.message).toContain('𠮷');
    expect(diagnostics[0]?.message).toContain('U+20BB7');
    const strict: Diagnostic[] = [];
    new FontShaper(fonts, (d) => strict.push(d), true).shape('𠮷', kaiStyle, origin);
    expect(strict[0]?.severity).toBe('error');
  });

  it('sets — and · full-width and —— as one 2 em glyph in the Noto faces', () => {
    const shaper = new FontShaper(fonts, () => undefined);
    const body: TextStyle = { role: 'body', size: 10, colour: 'black' };
    expect(shaper.shape('—', body, undefined)[0]?.advance).toBeCloseTo(10);
    expect(shaper.shape('·', body, undefined)[0]?.advance).toBeCloseTo(10);
    const dash = shaper.shape('——', body, undefined);
    expect(dash).toHaveLength(1);
    expect(dash[0]?.advance).toBeCloseTo(20);
    expect(dash[0]?.text).toBe('——');
  });
});
