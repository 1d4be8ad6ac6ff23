import { describe, expect, it } from 'vitest';
import { toUnicodeCMap } from '../../src/render/pdf/toUnicode.js';

const entries = (cmap: string, kind: 'bfchar' | 'bfrange'): string[] =>
  [...cmap.matchAll(new RegExp(`(\\d+) begin${kind}\\n([^]*?)\\nend${kind}`, 'g'))].flatMap((m) => {
    const lines = (m[2] ?? '').split('\n');
    expect(lines.length).toBe(Number(m[1]));
    expect(lines.length).toBeLessThanOrEqual(100);
    return lines;
  });

describe('the ToUnicode CMap', () => {
  it('writes codes in a row that show characters in a row as one range, the rest one by one', () => {
    const texts = new Map<number, string>([
      [0x11, '0'],
      [0x12, '1'],
      [0x13, '2'],
      [0x20, '中'],
      [0x21, '文'],
      [0x30, '𠀀'], // beyond the BMP: a surrogate pair, never in a range
      [0x31, '𠀁'],
      [0x40, 'ﬁ'],
      [0x41, 'fi'], // a ligature showing two characters
      [0, 'x'], // .notdef shows nothing
      [0x50, ''],
    ]);
    const cmap = toUnicodeCMap(texts);
    expect(entries(cmap, 'bfrange')).toEqual(['<0011> <0013> <0030>']);
    expect(entries(cmap, 'bfchar')).toEqual(['<0020> <4E2D>', '<0021> <6587>', '<0030> <D840DC00>', '<0031> <D840DC01>', '<0040> <FB01>', '<0041> <00660069>']);
  });

  it('keeps a range within one high byte of the code and one low byte of the character', () => {
    const texts = new Map<number, string>();
    for (let code = 0x1fe; code <= 0x202; code++) texts.set(code, String.fromCharCode(0x41 + code - 0x1fe));
    for (let code = 0x300; code <= 0x303; code++) texts.set(code, String.fromCharCode(0x4efe + code - 0x300));
    expect(entries(toUnicodeCMap(texts), 'bfrange')).toEqual(['<01FE> <01FF> <0041>', '<0200> <0202> <0043>', '<0300> <0301> <4EFE>', '<0302> <0303> <4F00>']);
  });

  it('puts at most 100 entries in a block', () => {
    const texts = new Map<number, string>();
    for (let code = 1; code <= 250; code++) texts.set(code, String.fromCharCode(0x4e00 + 2 * code));
    expect(entries(toUnicodeCMap(texts), 'bfchar')).toHaveLength(250);
  });
});
