import { describe, expect, it } from 'vitest';
import { keepRecent } from '../../src/fonts/keepRecent.js';

describe('keepRecent', () => {
  it('keeps the most recently used entries up to the limit, and says which went', () => {
    const map = new Map<string, number>();
    expect(keepRecent(map, 'a', 1, 2)).toEqual([]);
    expect(keepRecent(map, 'b', 2, 2)).toEqual([]);
    // Using `a` again makes `b` the oldest.
    expect(keepRecent(map, 'a', 1, 2)).toEqual([]);
    expect(keepRecent(map, 'c', 3, 2)).toEqual([2]);
    expect([...map.keys()]).toEqual(['a', 'c']);
  });
});
