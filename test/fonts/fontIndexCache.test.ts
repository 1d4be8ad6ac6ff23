import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FontIndex } from '../../src/fonts/fontIndex.js';
import { resolveFonts } from '../../src/fonts/resolveFonts.js';
import { makeTestFont } from './testFont.js';

const made: string[] = [];
function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bulletin-${prefix}-`));
  made.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const SONG = { family: { 0x409: 'Cache Test Song', 0x804: '缓存测试宋体' }, postscriptName: 'CacheTestSong-Regular', cjk: true };

describe('the font name cache (code review)', () => {
  it('drops cached entries of the wrong shape and reads those fonts again', () => {
    // Valid JSON, right version, size and time of the real file, but faces of the wrong shapes.
    const damaged = [
      [{ index: 0, postscriptName: 'X', names: 'not a list', cjk: true, style: 'serif' }],
      [{ index: 0, postscriptName: 'X', names: [1, 2], cjk: true, style: 'serif' }],
      [{ index: 0, postscriptName: 'X', names: ['X'], cjk: 'yes', style: 'serif' }],
      [{ index: 0, postscriptName: 'X', names: ['X'], cjk: true, style: 'gothic' }],
      [null],
      'faces',
    ];
    const font = makeTestFont(SONG);
    for (const faces of damaged) {
      // Folders of its own each time: resolveFonts indexes a set of folders once per process.
      const dir = folder('damaged');
      const cache = folder('cache');
      const file = join(dir, 'song.ttf');
      writeFileSync(file, font);
      const { size, mtimeMs } = statSync(file);
      writeFileSync(join(cache, 'font-index.json'), JSON.stringify({ version: 1, files: { [file]: { size, mtime: mtimeMs, faces }, '/elsewhere/x.ttf': 7 } }));
      const { fonts, diagnostics } = resolveFonts({ systemDirs: [], fontPaths: [dir], cacheDir: cache, configured: { body: '缓存测试宋体' }, baseDir: folder('issue') });
      expect(diagnostics, JSON.stringify(faces)).toEqual([]);
      expect(fonts.roles.body.file, JSON.stringify(faces)).toBe(file);
    }
  });

  it('leaves no temporary file when the cache cannot be replaced', () => {
    const dir = folder('fonts');
    const cache = folder('cache');
    writeFileSync(join(dir, 'song.ttf'), makeTestFont(SONG));
    // A folder where the cache file should be: the rename onto it fails.
    mkdirSync(join(cache, 'font-index.json', 'inside'), { recursive: true });
    expect(new FontIndex([dir], cache).faces().map((f) => f.postscriptName)).toEqual(['CacheTestSong-Regular']);
    expect(readdirSync(cache)).toEqual(['font-index.json']);
  });
});
