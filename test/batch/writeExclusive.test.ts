import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeExclusive } from '../../src/batch/writeExclusive.js';
import { outputFs } from '../../src/build/outputFs.js';
import { errnoError } from '../faults/tinyIssue.js';

let dir: string | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('writeExclusive', () => {
  it('writes a new file whole and never over an existing one', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bulletin-exclusive-'));
    const file = path.join(dir, 'a.md');
    expect(await writeExclusive(file, '一')).toBe(true);
    expect(await writeExclusive(file, '二')).toBe(false);
    expect(await readFile(file, 'utf8')).toBe('一');
    expect(await readdir(dir)).toEqual(['a.md']);
  });

  it('works on a file system without hard links (a FAT USB stick), still refusing to overwrite', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bulletin-exclusive-'));
    vi.spyOn(outputFs, 'link').mockRejectedValue(errnoError('EPERM', 'link'));
    const file = path.join(dir, 'b.md');
    expect(await writeExclusive(file, '一')).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('一');
    await writeFile(path.join(dir, 'c.md'), '旧');
    expect(await writeExclusive(path.join(dir, 'c.md'), '新')).toBe(false);
    expect(await readFile(path.join(dir, 'c.md'), 'utf8')).toBe('旧');
    expect((await readdir(dir)).sort()).toEqual(['b.md', 'c.md']);
  });
});
