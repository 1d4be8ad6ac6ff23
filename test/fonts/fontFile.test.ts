import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FontFileError, MAX_FONT_BYTES, readFontFile, readFontTableStart } from '../../src/fonts/fontFile.js';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';
import { cffTableIn, drawsByGlyphId } from '../../src/render/subset/pdfFontProgram.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-fontfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problemOf(path: string): string | undefined {
  try {
    readFontFile(path);
    return undefined;
  } catch (error) {
    if (error instanceof FontFileError) return error.problem;
    throw error;
  }
}

describe('readFontFile', () => {
  it('checks the opened handle, so a pipe, a device or a folder is refused without hanging', () => {
    execFileSync('mkfifo', [join(dir, 'pipe.ttf')]);
    mkdirSync(join(dir, 'folder.ttf'));
    expect(problemOf(join(dir, 'pipe.ttf'))).toBe('not-a-file');
    expect(problemOf('/dev/zero')).toBe('not-a-file');
    expect(problemOf(join(dir, 'folder.ttf'))).toBe('not-a-file');
    expect(problemOf(join(dir, 'gone.ttf'))).toBe('missing');
    // Sparse: no disk is used for the 64 MB.
    writeFileSync(join(dir, 'huge.ttf'), '');
    truncateSync(join(dir, 'huge.ttf'), MAX_FONT_BYTES + 1);
    expect(problemOf(join(dir, 'huge.ttf'))).toBe('too-large');
  });

  it('reads a regular file whole', () => {
    writeFileSync(join(dir, 'small.ttf'), 'abc');
    expect(readFontFile(join(dir, 'small.ttf')).toString()).toBe('abc');
    writeFileSync(join(dir, 'empty.ttf'), '');
    expect(readFontFile(join(dir, 'empty.ttf'))).toHaveLength(0);
  });
});

describe('readFontTableStart', () => {
  const bundled = (name: string): string => join(bundledFontDir(), name);

  it('reads the first bytes of a table where it lies, no further than the table', () => {
    const whole = readFontFile(bundled('NotoSerifSC-Regular.otf'));
    const cff = cffTableIn(new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength));
    const start = readFontTableStart(bundled('NotoSerifSC-Regular.otf'), 'CFF ', 4096);
    expect(start && [...start]).toEqual([...cff.subarray(0, 4096)]);
    const os2 = readFontTableStart(bundled('NotoSerifSC-Regular.otf'), 'OS/2', 1 << 20);
    expect(os2?.byteLength).toBeLessThan(200);
    expect(readFontTableStart(bundled('BulletinKai-Regular.ttf'), 'CFF ', 4096)).toBeUndefined();
  });

  it('tells a CID-keyed CFF from its Top DICT alone', () => {
    const start = readFontTableStart(bundled('NotoSansSC-Medium.otf'), 'CFF ', 4096);
    expect(start && drawsByGlyphId(start)).toBe(false);
    // Too few bytes to reach the end of the Top DICT: an error, not a guess.
    expect(() => drawsByGlyphId(new Uint8Array(start?.subarray(0, 8) ?? []))).toThrow();
  });
});
