import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFontTables } from '../../src/fonts/fontFile.js';
import { bundledFontDir } from '../../src/fonts/resolveFonts.js';
import { fontSource } from '../../src/render/subset/fontSource.js';
import { faceMetrics, sfntTables } from '../../src/render/subset/sfntFace.js';

// Issue 13: a build whose subsets are cached reads of a bundled 12 MB face only its recorded digest
// (dist/fonts/faces.json) and the four tables of its metrics, never the whole file.
const FACES = ['NotoSerifSC-Regular.otf', 'NotoSerifSC-Black.otf', 'NotoSansSC-Medium.otf', 'BulletinKai-Regular.ttf', 'NotoSansMono-Regular.ttf'];

function metricsOf(bytes: Uint8Array, glyphs: number): { fixed: object; advances: number[] } {
  const { advance, ...fixed } = faceMetrics(bytes);
  return { fixed, advances: Array.from({ length: glyphs }, (_, gid) => advance(gid)) };
}

describe.each(FACES)('the bundled face %s', (name) => {
  const file = path.join(bundledFontDir(), name);
  const whole = readFileSync(file);
  const glyphs = new DataView(whole.buffer, whole.byteOffset).getUint16((sfntTables(new DataView(whole.buffer, whole.byteOffset, whole.byteLength)).get('maxp')?.[0] ?? 0) + 4);

  it('has the hash and metrics of its whole file, read without it', () => {
    const source = fontSource({ file, postscriptName: 'any' });
    expect(source.hash).toBe(createHash('sha256').update(whole).digest('hex'));
    const { advance, ...fixed } = source.metrics;
    const expected = metricsOf(whole, glyphs + 2);
    expect(fixed).toEqual(expected.fixed);
    expect(Array.from({ length: glyphs + 2 }, (_, gid) => advance(gid))).toEqual(expected.advances);
    expect(Buffer.from(source.bytes).equals(whole)).toBe(true);
  });

  it('gives its metrics tables as a small sfnt of their own', () => {
    const tables = readFontTables(file, ['head', 'hhea', 'hmtx', 'OS/2']);
    expect([...sfntTables(new DataView(tables.buffer, tables.byteOffset, tables.byteLength)).keys()].sort()).toEqual(['OS/2', 'head', 'hhea', 'hmtx']);
    expect(tables.byteLength).toBeLessThan(whole.byteLength / 4);
    expect(metricsOf(tables, glyphs + 2)).toEqual(metricsOf(whole, glyphs + 2));
  });
});
