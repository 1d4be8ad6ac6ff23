import { describe, expect, it } from 'vitest';
import { didYouMean, levenshtein } from '../../src/diagnostics/didYouMean.js';

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('', '')).toBe(0);
    expect(levenshtein('abc', '')).toBe(3);
    expect(levenshtein('seral', 'serial')).toBe(1);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('报', '送')).toBe(1);
  });
  it('counts a character outside the BMP once', () => {
    expect(levenshtein('𠀀a', 'a')).toBe(1);
  });
});

describe('didYouMean', () => {
  const keys = ['title', 'year', 'issue', 'serial', 'date', 'sponsors', 'disclaimer', 'secretariat'];
  it('suggests the closest known key', () => {
    expect(didYouMean('seral', keys)).toBe('serial');
    expect(didYouMean('sponser', keys)).toBe('sponsors');
    expect(didYouMean('Title', keys)).toBe('title');
    expect(didYouMean('secretariet', keys)).toBe('secretariat');
  });
  it('suggests nothing for unrelated words', () => {
    expect(didYouMean('author', keys)).toBeUndefined();
    expect(didYouMean('x', ['y'])).toBeUndefined();
    expect(didYouMean('抄', ['报', '送', '发'])).toBeUndefined();
  });
});
