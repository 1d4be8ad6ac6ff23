import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';
import { loadFont } from '../../src/fonts/loadFont.js';
import { extractFace } from '../../src/render/html/extractFace.js';
import { woff2Subset } from '../../src/render/html/woff2Subset.js';
import { tempDir } from '../e2e/reference.js';

/** Packs single-face sfnt files into a TrueType collection, each face's tables copied whole. */
function packCollection(faces: readonly Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const headerSize = 12 + 4 * faces.length;
  const directories = faces.map((f) => 12 + 16 * new DataView(f.buffer, f.byteOffset).getUint16(4));
  let at = headerSize + directories.reduce((a, b) => a + b, 0);
  const header = new DataView(new ArrayBuffer(headerSize));
  header.setUint32(0, 0x74746366);
  header.setUint32(4, 0x00010000);
  header.setUint32(8, faces.length);
  let dirAt = headerSize;
  const tables: Uint8Array[] = [];
  faces.forEach((face, i) => {
    header.setUint32(12 + 4 * i, dirAt);
    const view = new DataView(face.buffer, face.byteOffset, face.byteLength);
    const dir = new Uint8Array(face.subarray(0, directories[i]));
    const dirView = new DataView(dir.buffer);
    for (let t = 0; t < view.getUint16(4); t++) {
      const offset = view.getUint32(12 + 16 * t + 8);
      const length = view.getUint32(12 + 16 * t + 12);
      dirView.setUint32(12 + 16 * t + 8, at);
      const padded = new Uint8Array((length + 3) & ~3);
      padded.set(face.subarray(offset, offset + length));
      tables.push(padded);
      at += padded.length;
    }
    parts.push(dir);
    dirAt += dir.length;
  });
  const out = new Uint8Array(at);
  let pos = 0;
  for (const p of [new Uint8Array(header.buffer), ...parts, ...tables]) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

let dir: string;
let collection: string;

beforeAll(async () => {
  dir = await tempDir('ttc');
  const faces = await Promise.all(['BulletinKai-Regular.ttf', 'NotoSansSC-Medium.otf'].map(async (f) => new Uint8Array(await readFile(path.join(bundledFontDir(), f)))));
  collection = path.join(dir, 'two.ttc');
  await writeFile(collection, packCollection(faces));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('fonts from a collection (.ttc)', () => {
  it('extracts the chosen face as a font of its own', async () => {
    const bytes = new Uint8Array(await readFile(collection));
    const second = fontkit.create(Buffer.from(extractFace(bytes, 1)));
    if ('fonts' in second) throw new Error('still a collection');
    expect(second.postscriptName).toBe('NotoSansCJKsc-Medium');
    expect(second.hasGlyphForCodePoint('黑'.codePointAt(0) ?? 0)).toBe(true);
    expect(() => extractFace(bytes, 2)).toThrow(/2 faces/);
  });

  it('subsets the face the role resolved to, not the collection’s first', async () => {
    const font = loadFont(collection, 'NotoSansCJKsc-Medium');
    const woff2 = await woff2Subset(font, '黑体', { cacheDir: path.join(dir, 'cache') });
    const subset = fontkit.create(Buffer.from(woff2));
    if ('fonts' in subset) throw new Error('a collection');
    expect(subset.postscriptName).toBe('NotoSansCJKsc-Medium');
    expect(subset.characterSet.filter((cp) => cp !== 0xffff).map((cp) => String.fromCodePoint(cp)).sort()).toEqual([...'黑体'].sort());
  });
});
