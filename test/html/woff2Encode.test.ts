import { readFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFont } from '../../src/fonts/loadFont.js';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';
import { encodeWoff2, woff2Subset, type Woff2Encoder } from '../../src/render/html/woff2Subset.js';
import { subsetText } from '../../src/render/subset/hbSubset.js';
import { sfntToWoff2, sfntToWoff2Async, WOFF2_QUALITY } from '../../src/render/subset/woff2.js';

const dir = mkdtempSync(join(tmpdir(), 'bulletin-woff2-encode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEXT = '金桥会议传真，“创新”——2014年第4期 Shanghai';

describe('WOFF2 compressed on the thread pool', () => {
  it('is byte for byte the WOFF2 of the synchronous writer, for CFF and TrueType faces', async () => {
    for (const file of ['NotoSerifSC-Regular.otf', 'BulletinKai-Regular.ttf']) {
      const sfnt = subsetText(new Uint8Array(readFileSync(join(bundledFontDir(), file))), TEXT);
      const woff2 = await sfntToWoff2Async(sfnt);
      expect(Buffer.from(woff2).equals(Buffer.from(sfntToWoff2(sfnt, WOFF2_QUALITY))), file).toBe(true);
      expect(String.fromCharCode(...woff2.subarray(0, 4))).toBe('wOF2');
    }
  });

  it('encodes several faces at once as one at a time', async () => {
    const fonts = ['NotoSerifSC-Regular.otf', 'NotoSansSC-Medium.otf', 'BulletinKai-Regular.ttf'].map((f) => new Uint8Array(readFileSync(join(bundledFontDir(), f))));
    const together = await Promise.all(fonts.map((font) => encodeWoff2(font, TEXT)));
    for (const [i, font] of fonts.entries()) expect(Buffer.from(await encodeWoff2(font, TEXT)).equals(Buffer.from(together[i] as Uint8Array))).toBe(true);
  });
});

describe('the layout features of a page\'s subset', () => {
  type Layout = { featureList: { tag: string }[] } | undefined;
  const layoutFeatures = (sfnt: Uint8Array): string[] => {
    const face = fontkit.create(Buffer.from(sfnt)) as fontkit.Font & { GSUB: Layout; GPOS: Layout };
    return [...new Set([...(face.GSUB?.featureList ?? []), ...(face.GPOS?.featureList ?? [])].map((f) => f.tag))];
  };

  it('are those a page can use: fwid for — ·, halt for text-spacing-trim, locl, kern; not the half-width and proportional forms', () => {
    const font = new Uint8Array(readFileSync(join(bundledFontDir(), 'NotoSerifSC-Regular.otf')));
    const features = layoutFeatures(subsetText(font, TEXT));
    expect(features).toEqual(expect.arrayContaining(['fwid', 'halt', 'locl', 'vert', 'kern']));
    const whole = layoutFeatures(font);
    for (const unused of ['hwid', 'pwid']) {
      expect(whole, unused).toContain(unused);
      expect(features, unused).not.toContain(unused);
    }
    // · and — keep the glyphs of their full-width forms (the page sets them so).
    const subset = fontkit.create(Buffer.from(subsetText(font, '·—'))) as fontkit.Font;
    const full = fontkit.create(Buffer.from(font)) as fontkit.Font;
    for (const ch of '·—') {
      const advance = (f: fontkit.Font): number => f.layout(ch, ['fwid']).positions[0]?.xAdvance ?? 0;
      expect(advance(subset), ch).toBe(advance(full));
      expect(advance(subset), ch).toBe(full.unitsPerEm);
    }
  });
});

describe('a bundled face in the subset cache', () => {
  it('is found again, without encoding again', async () => {
    const font = loadFont(join(bundledFontDir(), 'NotoSansMono-Regular.ttf'));
    let encoded = 0;
    const encode: Woff2Encoder = (bytes, text) => {
      encoded++;
      return encodeWoff2(bytes, text);
    };
    const options = { cacheDir: join(dir, 'cache'), encode };
    const first = await woff2Subset(font, 'abc', options);
    expect(await woff2Subset(font, 'abc', options)).toEqual(first);
    expect(encoded).toBe(1);
  });
});
