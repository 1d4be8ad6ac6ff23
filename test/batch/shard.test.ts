import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonBase } from '../../src/batch/shard.js';
import { parseShard, selectShard, shardOf } from '../../src/index.js';

const names = Array.from({ length: 300 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}.md`);
const under = (root: string): string[] => names.map((n) => path.join(root, 'archive', n));

describe('parseShard', () => {
  it.each([
    ['1/3', { index: 1, count: 3 }],
    ['3/3', { index: 3, count: 3 }],
    [' 2/5 ', { index: 2, count: 5 }],
  ])('reads %j', (text, shard) => expect(parseShard(text)).toEqual(shard));

  it.each(['0/3', '4/3', '1/0', '1', 'a/b', '1/3/5', '-1/3', '1.5/3'])('rejects %j', (text) => expect(parseShard(text)).toBeUndefined());
});

describe('selectShard', () => {
  it('splits the files into disjoint parts that together hold each file once', () => {
    const files = under('/srv/ci');
    const parts = [1, 2, 3].map((index) => selectShard(files, { index, count: 3 }));
    expect(parts.flat().sort()).toEqual([...files].sort());
    for (const part of parts) expect(part.length).toBeGreaterThan(50); // a hash spreads 300 files about evenly
  });

  it('does not depend on the order of the files', () => {
    const files = under('/srv/ci');
    const shuffled = [...files].reverse();
    expect(selectShard(shuffled, { index: 2, count: 3 }).sort()).toEqual(selectShard(files, { index: 2, count: 3 }).sort());
  });

  it('does not depend on where the checkout is: only paths from the common folder count', () => {
    const a = selectShard(under('/home/runner/work/x'), { index: 1, count: 4 }).map((f) => path.basename(f));
    const b = selectShard(under('/tmp/checkout'), { index: 1, count: 4 }).map((f) => path.basename(f));
    expect(a).toEqual(b);
  });

  it('keeps a file in its shard when the archive grows', () => {
    expect(shardOf('2014-04.md', 5)).toBe(shardOf('2014-04.md', 5));
    const before = selectShard(under('/a').slice(0, 100), { index: 1, count: 3 });
    const after = selectShard(under('/a'), { index: 1, count: 3 });
    expect(after).toEqual(expect.arrayContaining(before));
  });

  it('gives everything to shard 1/1', () => {
    expect(selectShard(under('/a'), { index: 1, count: 1 })).toEqual(under('/a'));
  });
});

describe('commonBase', () => {
  it('is the deepest folder holding every file', () => {
    expect(commonBase(['/a/b/c/1.md', '/a/b/d/2.md'])).toBe('/a/b');
    expect(commonBase(['/a/b/1.md'])).toBe('/a/b');
    expect(commonBase(['/a/1.md', '/b/2.md'])).toBe('/');
  });
});
