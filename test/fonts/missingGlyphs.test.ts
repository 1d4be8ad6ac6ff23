import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { FontShaper, MISSING_GLYPH_REPORTS } from '../../src/fonts/fontShaper.js';
import { FONT_ROLES, resolveFonts } from '../../src/fonts/resolveFonts.js';
import { render } from '../../src/messages/catalogue.js';
import type { TextStyle } from '../../src/typeset/types.js';
import { makeTestFont } from './testFont.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const body: TextStyle = { role: 'body', size: 12, colour: 'black' };
const origin = { file: '/x/issue.md', line: 3, column: 1 };
// CJK Extension B: no bundled face has these.
const extB = (n: number): string => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x2a000 + i)).join('');

describe('characters no font has (issue 10.2)', () => {
  it('reports the first 20 one by one and the rest in one summary with their count', () => {
    const { fonts } = resolveFonts({ systemDirs: [] });
    const diagnostics: Diagnostic[] = [];
    const shaper = new FontShaper(fonts, (d) => diagnostics.push(d));
    const text = extB(50);
    shaper.shape(text, body, origin);
    shaper.shape(text, { ...body, role: 'kai' }, origin);
    expect(diagnostics).toHaveLength(MISSING_GLYPH_REPORTS);
    expect(diagnostics.map((d) => d.rule)).toEqual(Array(MISSING_GLYPH_REPORTS).fill('fonts/missing-glyph'));
    expect(diagnostics.at(-1)?.message).toContain(`U+${(0x2a000 + MISSING_GLYPH_REPORTS - 1).toString(16).toUpperCase()}`);
    shaper.reportOmitted();
    shaper.reportOmitted();
    expect(diagnostics).toHaveLength(MISSING_GLYPH_REPORTS + 1);
    const summary = diagnostics.at(-1);
    // At the first character not listed: each Extension B character is two UTF-16 units.
    expect(summary).toMatchObject({ file: '/x/issue.md', line: 3, column: 1 + 2 * MISSING_GLYPH_REPORTS, severity: 'warning', rule: 'fonts/missing-glyph' });
    expect(summary?.message).toContain('30 more characters');
    const ref = summary?.text?.message;
    expect(ref && render(ref, 'zh')).toContain('另有 30 个字符');
    expect(summary?.text?.hint && render(summary.text.hint, 'zh')).toContain('--font-path');
  });

  it('reports no summary when 20 or fewer characters are missing', () => {
    const { fonts } = resolveFonts({ systemDirs: [] });
    const diagnostics: Diagnostic[] = [];
    const shaper = new FontShaper(fonts, (d) => diagnostics.push(d));
    shaper.shape(extB(MISSING_GLYPH_REPORTS), body, origin);
    shaper.reportOmitted();
    expect(diagnostics).toHaveLength(MISSING_GLYPH_REPORTS);
    expect(diagnostics.every((d) => d.message.startsWith('no font has the character'))).toBe(true);
  });

  it('asks each face, installed ones included, about a missing character once per process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulletin-missing-'));
    made.push(dir);
    writeFileSync(join(dir, 'song.ttf'), makeTestFont({ family: { 0x409: 'Missing Test Song' }, postscriptName: 'MissingTestSong-Regular', extra: '한', cjk: true }));
    const resolve = (): ReturnType<typeof resolveFonts>['fonts'] => resolveFonts({ systemDirs: [dir] }).fonts;
    const fonts = resolve();
    const installed = [...fonts.installed('serif')];
    expect(installed.map((f) => f.postscriptName)).toEqual(['MissingTestSong-Regular']);
    // Each face's cmap: the bundled faces' tables, the installed face's as fontkit parsed it.
    const faces = [...new Set([...FONT_ROLES.flatMap((r) => [fonts.roles[r].font, fonts.bundled[r]]), ...installed])];
    const spies = faces.map((font) => vi.spyOn(font.table, 'hasGlyph'));
    const cp = 0x2a6d0;
    const ch = String.fromCodePoint(cp);
    const warned: Diagnostic[] = [];
    // Two builds of the process (a batch, or watch), each shaping the character in every role many times.
    for (let build = 0; build < 2; build++) {
      const shaper = new FontShaper(build === 0 ? fonts : resolve(), (d) => warned.push(d));
      for (let i = 0; i < 5; i++) for (const role of FONT_ROLES) shaper.shape(`${ch}${ch}한`, { ...body, role }, origin);
      expect(shaper.covers(ch, 'body')).toBe(false);
    }
    for (const [i, spy] of spies.entries()) {
      expect(spy.mock.calls.filter(([c]) => c === cp), faces[i]?.postscriptName).toHaveLength(1);
    }
    // The installed face was asked, and still gives 한.
    expect(spies.at(-1)?.mock.calls.some(([c]) => c === cp)).toBe(true);
    expect(warned.filter((d) => d.message.includes(ch))).toHaveLength(2);
    expect(warned.some((d) => d.message.includes('한'))).toBe(false);
    for (const spy of spies) spy.mockRestore();
  });
});
