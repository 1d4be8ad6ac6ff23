import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWoff2, renderHtml, typesetIssue, type HtmlInfo, type RenderHtmlOptions, type TypesetIssue, type Woff2Encoder } from '../../src/index.js';
import { loadFont, type LoadedFont } from '../../src/fonts/loadFont.js';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';
import { unicodeRangeWithout } from '../../src/render/html/fontFaceCss.js';
import { isNarrowMark } from '../../src/render/html/narrowMarks.js';
import { planFonts } from '../../src/render/html/planFonts.js';
import { getTemplate } from '../../src/template/template.js';
import type { FontRole } from '../../src/typeset/types.js';
import { referenceIssue, tempDir } from '../e2e/reference.js';

const info: HtmlInfo = { title: 't', author: 'a', subject: 's', creator: 'bulletin test' };

/** The characters a font maps (fontkit lists cmap format 4's closing 0xFFFF segment too). */
function characters(font: fontkit.Font): string[] {
  return font.characterSet.filter((cp) => cp !== 0xffff).map((cp) => String.fromCodePoint(cp));
}

let cacheDir: string;
let issue: TypesetIssue;
const calls: { text: string; bytes: number }[] = [];
const counting: Woff2Encoder = async (font, text) => {
  const out = await encodeWoff2(font, text);
  calls.push({ text, bytes: out.byteLength });
  return out;
};

function options(): RenderHtmlOptions {
  const { shaper, document } = issue;
  if (!shaper || !document) throw new Error(`the reference did not typeset: ${JSON.stringify(issue.diagnostics)}`);
  return { template: getTemplate(document.meta.template), chain: (r) => shaper.chain(r), punctuation: 'quanjiao', info, cacheDir, encode: counting };
}

beforeAll(async () => {
  cacheDir = await tempDir('html-cache');
  issue = await typesetIssue(referenceIssue, { systemFontDirs: [] });
}, 60_000);

afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('font subsets of the reference page', () => {
  it('encodes each font once, and an unchanged rebuild takes every subset from the cache', async () => {
    const document = issue.document;
    if (!document) throw new Error('no document');
    const first = await renderHtml(document, options());
    expect(calls).toHaveLength(first.fonts.length);
    expect(first.fonts.map((f) => f.postscriptName).sort()).toEqual(['BulletinKai-Regular', 'NotoSansCJKsc-Medium', 'NotoSerifCJKsc-Black', 'NotoSerifCJKsc-Regular']);
    const entries = await readdir(path.join(cacheDir, 'subsets'), { recursive: true });
    expect(entries.filter((e) => path.basename(e).length === 64)).toHaveLength(first.fonts.length);

    const second = await renderHtml(document, options());
    expect(calls).toHaveLength(first.fonts.length);
    expect(second.html).toBe(first.html);
  }, 60_000);

  it('holds in each subset exactly the characters the page shows in that font', async () => {
    const document = issue.document;
    if (!document) throw new Error('no document');
    const { html } = await renderHtml(document, options());
    const faces = [...html.matchAll(/font-family: "([^"]+)"; src: url\(data:font\/woff2;base64,([^)]+)\)/g)];
    expect(faces.length).toBe(4);
    const byFamily = new Map(faces.map((m) => [m[1] as string, fontkit.create(Buffer.from(m[2] as string, 'base64'))]));
    const title = byFamily.get('bulletin NotoSerifCJKsc-Black');
    if (!title || 'fonts' in title) throw new Error('no title face');
    // The title face shows only the masthead title: 金桥会议传真.
    expect(characters(title).sort().join('')).toBe([...'金桥会议传真'].sort().join(''));
    const body = byFamily.get('bulletin NotoSerifCJKsc-Regular');
    if (!body || 'fonts' in body) throw new Error('no body face');
    const bodyChars = new Set(characters(body));
    // Page numbers come from the print stylesheet: their characters must be in the body face.
    for (const ch of '— 0123456789') expect(bodyChars.has(ch), ch).toBe(true);
    // Kai only: the editor's note is Kai, the body is not.
    expect(bodyChars.has('钮')).toBe(false);
    expect(body.postscriptName).toBe('NotoSerifCJKsc-Regular');
  }, 60_000);
});

describe('planFonts', () => {
  const fake = (name: string, has: string): LoadedFont =>
    ({ postscriptName: name, table: { hasGlyph: (cp: number) => has.includes(String.fromCodePoint(cp)) } }) as unknown as LoadedFont;

  it('takes each character from the first font of the chain that has it, as the PDF does', () => {
    const kai = fake('Kai', '编者按');
    const song = fake('Song', '编者按喆');
    const chains: Record<FontRole, readonly LoadedFont[]> = { title: [song], body: [song], hei: [song], kai: [kai, song], mono: [song] };
    const plan = planFonts(new Map<FontRole, Set<string>>([['kai', new Set('编者喆')]]), (r) => chains[r]);
    expect(plan.faces.map((f) => [f.font.postscriptName, f.text])).toEqual([
      ['Kai', '编者'],
      ['Song', '喆'],
    ]);
    expect(plan.stacks.get('kai')).toEqual(['bulletin Kai', 'bulletin Song']);
  });

  it('gives a character no font has to the role’s own font, and a font shared by roles one face', () => {
    const song = fake('Song', '上海');
    const chains = (): readonly LoadedFont[] => [song];
    const plan = planFonts(
      new Map<FontRole, Set<string>>([
        ['body', new Set('上𠀀')],
        ['title', new Set('海')],
      ]),
      chains,
    );
    expect(plan.faces).toHaveLength(1);
    expect(plan.faces[0]?.text).toBe('上海𠀀');
  });
});

describe('Chinese marks a font sets narrow (LXGW WenKai’s “ ” ‘ ’ ·)', () => {
  const kai = (): LoadedFont => loadFont(path.join(bundledFontDir(), 'BulletinKai-Regular.ttf'));
  const song = (): LoadedFont => loadFont(path.join(bundledFontDir(), 'NotoSerifSC-Regular.otf'));

  it('are found from the fonts’ own advances, the full-width form (fwid) of · counted', () => {
    expect([...'“”‘’·'].filter((ch) => isNarrowMark(kai(), ch))).toEqual([...'“”‘’·']);
    // Song's · is proportional too, but its fwid form (which the page asks for) is 1 em.
    expect([...'“”‘’·，。（'].filter((ch) => isNarrowMark(song(), ch))).toEqual([]);
    // Not a Chinese mark: never given up, whatever its width.
    expect(isNarrowMark(kai(), 'a')).toBe(false);
  });

  it('come from the next font of the chain that sets them full-width, and leave the narrow font’s range', () => {
    const narrowKai = fake('Kai', '编者“”');
    const wideSong = fake('Song', '编者“”');
    const chains = (r: FontRole): readonly LoadedFont[] => (r === 'kai' ? [narrowKai, wideSong] : [wideSong]);
    const narrow = (f: LoadedFont, ch: string): boolean => f === narrowKai && '“”'.includes(ch);
    const plan = planFonts(new Map<FontRole, Set<string>>([['kai', new Set('编“者”')]]), chains, narrow);
    expect(plan.faces.map((f) => [f.font.postscriptName, f.text, f.givenUp])).toEqual([
      ['Kai', '编者', '“”'],
      ['Song', '“”', ''],
    ]);
    expect(plan.stacks.get('kai')).toEqual(['bulletin Kai', 'bulletin Song']);
  });

  it('stay with the narrow font when no later font has them, or another role takes them from it', () => {
    const narrowKai = fake('Kai', '编“');
    const narrow = (f: LoadedFont, ch: string): boolean => f === narrowKai && ch === '“';
    const alone = planFonts(new Map<FontRole, Set<string>>([['kai', new Set('编“')]]), () => [narrowKai], narrow);
    expect(alone.faces.map((f) => [f.text, f.givenUp])).toEqual([['“编', '']]);
    // Kai gives “ up to Song, but the title's chain has only Kai: Kai keeps it in its range.
    const song = fake('Song', '“');
    const shared = planFonts(
      new Map<FontRole, Set<string>>([
        ['kai', new Set('“')],
        ['title', new Set('“')],
      ]),
      (r) => (r === 'kai' ? [narrowKai, song] : [narrowKai]),
      narrow,
    );
    expect(shared.faces.map((f) => [f.font.postscriptName, f.text, f.givenUp])).toEqual([
      ['Song', '“', ''],
      ['Kai', '“', ''],
    ]);
  });

  it('are left out of a unicode-range', () => {
    expect(unicodeRangeWithout('“”‘’·')).toBe('U+0-B6, U+B8-2017, U+201A-201B, U+201E-10FFFF');
    expect(unicodeRangeWithout('\u0000')).toBe('U+1-10FFFF');
    expect(unicodeRangeWithout('')).toBe('U+0-10FFFF');
  });
});

function fake(name: string, has: string): LoadedFont {
  return { postscriptName: name, table: { hasGlyph: (cp: number) => has.includes(String.fromCodePoint(cp)) } } as unknown as LoadedFont;
}
