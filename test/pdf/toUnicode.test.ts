import { describe, expect, it } from 'vitest';
import { toUnicodeCMap } from '../../src/render/pdf/toUnicode.js';

/** The entries of every block of a kind, checking each block's count and its limit of 100. */
const entries = (cmap: string, kind: 'bfchar' | 'bfrange'): string[] =>
  [...cmap.matchAll(new RegExp(`(\\d+) begin${kind}\\n([^]*?)\\nend${kind}`, 'g'))].flatMap((m) => {
    const lines = (m[2] ?? '').split('\n');
    expect(lines.length).toBe(Number(m[1]));
    expect(lines.length).toBeLessThanOrEqual(100);
    return lines;
  });

describe('the ToUnicode CMap', () => {
  it('writes codes in a row as one range: characters in a row by the first, others as an array', () => {
    const texts = new Map<number, string>([
      [1, '0'],
      [2, '1'],
      [3, '2'],
      [4, '中'],
      [5, '𠀀'], // beyond the BMP: a surrogate pair
      [6, 'fi'], // a ligature showing two characters
      [8, '文'],
      [0, 'x'], // .notdef shows nothing
      [10, ''],
    ]);
    const cmap = toUnicodeCMap(texts);
    expect(entries(cmap, 'bfrange')).toEqual(['<0001> <0006> [<0030> <0031> <0032> <4E2D> <D840DC00> <00660069>]']);
    expect(entries(cmap, 'bfchar')).toEqual(['<0008> <6587>']);
    const letters = new Map([...'ABC'].map((c, i): [number, string] => [i + 1, c]));
    expect(entries(toUnicodeCMap(letters), 'bfrange')).toEqual(['<0001> <0003> <0041>']);
  });

  it('keeps a range within one high byte of the code, and an incrementing one within one low byte of the character', () => {
    const texts = new Map<number, string>();
    for (let code = 0x1fe; code <= 0x202; code++) texts.set(code, String.fromCharCode(0x41 + code - 0x1fe));
    for (let code = 0x300; code <= 0x303; code++) texts.set(code, String.fromCharCode(0x4efe + code - 0x300));
    expect(entries(toUnicodeCMap(texts), 'bfrange')).toEqual(['<01FE> <01FF> <0041>', '<0200> <0202> <0043>', '<0300> <0303> [<4EFE> <4EFF> <4F00> <4F01>]']);
  });

  it('puts at most 100 entries in a block', () => {
    const texts = new Map<number, string>();
    for (let code = 1; code <= 250; code++) texts.set(2 * code, String.fromCharCode(0x4e00 + code));
    expect(entries(toUnicodeCMap(texts), 'bfchar')).toHaveLength(250);
    const dense = new Map<number, string>();
    for (let code = 1; code <= 0x9000; code++) dense.set(code, String.fromCharCode(0x4e00 + ((code * 7) % 0x5000)));
    expect(entries(toUnicodeCMap(dense), 'bfrange')).toHaveLength(0x90);
  });
});
