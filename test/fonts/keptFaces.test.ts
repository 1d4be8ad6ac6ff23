import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KEPT_FACES, loadFont } from '../../src/fonts/loadFont.js';
import { makeTestFont } from './testFont.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-kept-faces-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A `watch` left running while its fonts are changed again and again must not keep every face it
// was ever given: past KEPT_FACES, the face least recently asked for is let go.
describe('parsed faces kept by the process', () => {
  it('are at most KEPT_FACES: the least recently used goes, and is read again, the same, when asked for', () => {
    const bytes = makeTestFont({ family: { 0x409: 'Kept Test' }, postscriptName: 'KeptTest-Regular' });
    const files = Array.from({ length: KEPT_FACES + 1 }, (_, i) => join(dir, `face-${i}.ttf`));
    for (const f of files) writeFileSync(f, bytes);
    const first = loadFont(files[0] ?? '');
    const second = loadFont(files[1] ?? '');
    for (const f of files.slice(2, KEPT_FACES)) loadFont(f);
    // Asked for again: now the most recently used, so the next face pushes out the second instead.
    expect(loadFont(files[0] ?? '')).toBe(first);
    loadFont(files[KEPT_FACES] ?? '');
    expect(loadFont(files[0] ?? '')).toBe(first);
    const again = loadFont(files[1] ?? '');
    expect(again).not.toBe(second);
    expect(again.key).toBe(second.key);
    expect(again.table.glyphId(0x41)).toBe(second.table.glyphId(0x41));
  });
});
