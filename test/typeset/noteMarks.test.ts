import { describe, expect, it } from 'vitest';
import { circledNumeral, noteMarks } from '../../src/typeset/noteMarks.js';

describe('footnote marks (issue 9.4)', () => {
  it('knows the circled numbers ① to ㊿ and no others', () => {
    expect([1, 20, 21, 35, 36, 50].map(circledNumeral)).toEqual(['①', '⑳', '㉑', '㉟', '㊱', '㊿']);
    expect([0, 51, 2.5].map(circledNumeral)).toEqual([undefined, undefined, undefined]);
  });

  it('uses ㉑–㊿ only where the fonts have them, [n] otherwise and past 50', () => {
    const bundled = noteMarks();
    expect([1, 20, 21, 25, 50, 51].map(bundled)).toEqual(['①', '⑳', '[21]', '[25]', '[50]', '[51]']);
    const rich = noteMarks(() => true);
    expect([20, 21, 25, 50, 51].map(rich)).toEqual(['⑳', '㉑', '㉕', '㊿', '[51]']);
    const partial = noteMarks((mark) => mark <= '㉟');
    expect([25, 40].map(partial)).toEqual(['㉕', '[40]']);
  });
});
