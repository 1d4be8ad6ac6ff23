import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { FontIndex, systemFontDirs } from '../../src/fonts/fontIndex.js';
import { FontShaper } from '../../src/fonts/fontShaper.js';
import { readFaceNames, styleClass } from '../../src/fonts/readFaceNames.js';
import { resolveFonts } from '../../src/fonts/resolveFonts.js';
import type { TextStyle } from '../../src/typeset/types.js';
import { makeTestFont } from './testFont.js';

// Fonts are indexed once per set of folders and process, so each case gets folders of its own.
const made: string[] = [];
function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bulletin-${prefix}-`));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const SONG = { family: { 0x409: 'Bulletin Test Song', 0x804: '测试宋体' }, postscriptName: 'BulletinTestSong-Regular', extra: '한국㎡臺', cjk: true };
const body: TextStyle = { role: 'body', size: 12, colour: 'black' };

describe('the font index (issue 9.4)', () => {
  it('reads the family, full and PostScript names of every language from the name table', () => {
    const dir = folder('names');
    writeFileSync(join(dir, 'x.ttf'), makeTestFont(SONG));
    const [face] = readFaceNames(join(dir, 'x.ttf'));
    expect(face?.postscriptName).toBe('BulletinTestSong-Regular');
    expect(face?.names).toEqual(expect.arrayContaining(['Bulletin Test Song', '测试宋体', 'BulletinTestSong-Regular']));
    expect(face?.cjk).toBe(true);
    expect(face?.style).toBe('serif');
    expect(styleClass(['仿宋_GB2312'])).toBe('fangsong');
    expect(styleClass(['SimHei'])).toBe('sans');
    expect(styleClass(['华文楷体'])).toBe('kai');
  });

  it('resolves a family name in Chinese or English, a PostScript name and a file name from a --font-path folder', () => {
    const dir = folder('fontpath');
    const cache = folder('cache');
    writeFileSync(join(dir, 'fz-test.ttf'), makeTestFont(SONG));
    for (const name of ['测试宋体', 'Bulletin Test Song', 'bulletin test song', 'BulletinTestSong-Regular', 'fz-test.ttf']) {
      const { fonts, diagnostics } = resolveFonts({ systemDirs: [], fontPaths: [dir], cacheDir: cache, configured: { body: name }, baseDir: folder('issue') });
      expect(diagnostics, name).toEqual([]);
      expect(fonts.roles.body.source, name).toBe('configured');
      expect(fonts.roles.body.file, name).toBe(join(dir, 'fz-test.ttf'));
    }
  });

  it('caches the names between runs and reads a font again when it changes', () => {
    const dir = folder('cached');
    const cache = folder('cache');
    writeFileSync(join(dir, 'a.ttf'), makeTestFont(SONG));
    expect(new FontIndex([dir], cache).faces().map((f) => f.postscriptName)).toEqual(['BulletinTestSong-Regular']);
    const stored = JSON.parse(readFileSync(join(cache, 'font-index.json'), 'utf8')) as { files: Record<string, { faces: unknown[] }> };
    expect(stored.files[join(dir, 'a.ttf')]?.faces).toHaveLength(1);
    // Another "run": the same file under a new name table (and size) is read again; a new file is added.
    writeFileSync(join(dir, 'a.ttf'), makeTestFont({ ...SONG, postscriptName: 'Renamed-Regular', family: { 0x409: 'Renamed' } }));
    writeFileSync(join(dir, 'b.ttf'), makeTestFont({ ...SONG, postscriptName: 'Second-Regular', family: { 0x409: 'Second' } }));
    expect(new FontIndex([dir], cache).faces().map((f) => f.postscriptName)).toEqual(['Renamed-Regular', 'Second-Regular']);
  });

  it('looks in the system and per-user folders of each system', () => {
    expect(systemFontDirs({}, 'linux')).toEqual(expect.arrayContaining(['/usr/share/fonts', '/usr/local/share/fonts']));
    expect(systemFontDirs({}, 'linux').some((d) => d.endsWith('.local/share/fonts'))).toBe(true);
    expect(systemFontDirs({}, 'darwin')).toEqual(expect.arrayContaining(['/System/Library/Fonts', '/Library/Fonts']));
    const windows = systemFontDirs({ WINDIR: 'D:\\Win', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32');
    expect(windows).toEqual(['D:\\Win\\Fonts', 'C:\\Users\\a\\AppData\\Local\\Microsoft\\Windows\\Fonts']);
  });
});

describe('installed faces for characters the bundled fonts lack (issue 9.4)', () => {
  it('takes 한 and ㎡ from an installed CJK face, not a box; warns without it', () => {
    const dir = folder('cjk');
    writeFileSync(join(dir, 'korean-song.ttf'), makeTestFont(SONG));
    const bundledOnly = resolveFonts({ systemDirs: [] }).fonts;
    const warned: Diagnostic[] = [];
    new FontShaper(bundledOnly, (d) => warned.push(d)).shape('한㎡', body, undefined);
    expect(warned.map((d) => d.rule)).toEqual(['fonts/missing-glyph', 'fonts/missing-glyph']);

    const { fonts } = resolveFonts({ systemDirs: [], fontPaths: [dir], cacheDir: folder('cache') });
    const diagnostics: Diagnostic[] = [];
    const shaper = new FontShaper(fonts, (d) => diagnostics.push(d));
    const glyphs = shaper.shape('韩한㎡', body, undefined);
    expect(diagnostics).toEqual([]);
    expect(glyphs[0]?.font).toBe(fonts.roles.body.font.key);
    const face = (key: string | undefined): string | undefined => shaper.fontsByKey.get(key ?? '')?.postscriptName;
    expect(face(glyphs[1]?.font)).toBe('BulletinTestSong-Regular');
    expect(face(glyphs[2]?.font)).toBe('BulletinTestSong-Regular');
    expect(glyphs[1]?.id).not.toBe(0);
    expect(shaper.chain('body').at(-1)?.postscriptName).toBe('BulletinTestSong-Regular');
  });

  it('prefers an installed face of the role’s style class', () => {
    const dir = folder('classes');
    const kai = { ...SONG, family: { 0x409: 'Test Kai', 0x804: '测试楷体' }, postscriptName: 'TestKai-Regular' };
    writeFileSync(join(dir, 'a-song.ttf'), makeTestFont(SONG));
    writeFileSync(join(dir, 'b-kai.ttf'), makeTestFont(kai));
    const { fonts } = resolveFonts({ systemDirs: [], fontPaths: [dir], cacheDir: folder('cache') });
    const shaper = new FontShaper(fonts, () => undefined);
    const face = (key: string | undefined): string | undefined => shaper.fontsByKey.get(key ?? '')?.postscriptName;
    expect(face(shaper.shape('한', body, undefined)[0]?.font)).toBe('BulletinTestSong-Regular');
    expect(face(shaper.shape('한', { ...body, role: 'kai' }, undefined)[0]?.font)).toBe('TestKai-Regular');
  });

  it('uses no installed face, no --font-path and no fonts: name with bundledOnly', () => {
    const dir = folder('bundled');
    writeFileSync(join(dir, 'korean-song.ttf'), makeTestFont(SONG));
    const { fonts, diagnostics } = resolveFonts({ systemDirs: [], fontPaths: [dir], bundledOnly: true, configured: { body: '测试宋体' } });
    expect(diagnostics).toEqual([]);
    expect(fonts.roles.body.source).toBe('bundled');
    expect([...fonts.installed('serif')]).toEqual([]);
    const viaConfig = resolveFonts({ systemDirs: [], fontPaths: [dir], configured: { bundled: true, body: '测试宋体' } });
    expect(viaConfig.fonts.roles.body.source).toBe('bundled');
  });
});

describe('font files that are not fonts (issue 10)', () => {
  it('refuses a device, a folder, a FIFO and a non-font with a warning, without hanging', () => {
    const dir = folder('special');
    mkdirSync(join(dir, 'folder.ttf'));
    writeFileSync(join(dir, 'junk.ttf'), 'not a font at all');
    execFileSync('mkfifo', [join(dir, 'pipe.ttf')]);
    const cases: [string, string][] = [
      ['/dev/zero', 'not a regular file'],
      [join(dir, 'folder.ttf'), 'not a regular file'],
      [join(dir, 'pipe.ttf'), 'not a regular file'],
      [join(dir, 'junk.ttf'), 'not a font'],
    ];
    for (const [file, words] of cases) {
      const at = { file: '/x/2014-04.md', line: 7, column: 9 };
      const { fonts, diagnostics } = resolveFonts({ systemDirs: [], configured: { body: file }, configuredAt: { body: at } });
      expect(fonts.roles.body.source, file).toBe('bundled');
      expect(diagnostics, file).toHaveLength(1);
      expect(diagnostics[0], file).toMatchObject({ ...at, severity: 'warning', rule: 'fonts/unusable-file' });
      expect(diagnostics[0]?.message, file).toContain(words);
    }
    // In a font folder they are skipped.
    expect(new FontIndex([dir]).faces()).toEqual([]);
    expect(existsSync(join(dir, 'pipe.ttf'))).toBe(true);
  });
});
