import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_FACES } from '../../src/fonts/fontCandidates.js';
import { loadFont } from '../../src/fonts/loadFont.js';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';
import { makeTestFont } from './testFont.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-fontkey-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('font keys (code review: the PDF subset tag must not depend on load order)', () => {
  it('gives two different fonts of one PostScript name the same distinct keys in any load order', () => {
    const a = makeTestFont({ family: { 0x409: 'Key Test A' }, postscriptName: 'KeyTest-Regular' });
    const b = makeTestFont({ family: { 0x409: 'Key Test B' }, postscriptName: 'KeyTest-Regular', extra: '한' });
    // Each order in folders of its own: loadFont keeps every file it opened for the process.
    for (const sub of ['first', 'second']) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'a.ttf'), a);
      writeFileSync(join(dir, sub, 'b.ttf'), b);
    }
    const a1 = loadFont(join(dir, 'first', 'a.ttf')).key;
    const b1 = loadFont(join(dir, 'first', 'b.ttf')).key;
    const b2 = loadFont(join(dir, 'second', 'b.ttf')).key;
    const a2 = loadFont(join(dir, 'second', 'a.ttf')).key;
    expect(a1).not.toBe(b1);
    expect(a2).toBe(a1);
    expect(b2).toBe(b1);
    expect(a1).toMatch(/^KeyTest-Regular#[0-9a-f]{12}$/);
  });

  it('keeps the bare PostScript name for a bundled face', () => {
    expect(loadFont(join(bundledFontDir(), BUNDLED_FACES.mono)).key).toBe('NotoSansMono-Regular');
  });
});
