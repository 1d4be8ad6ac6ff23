import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashFile, MAX_HASHED_BYTES } from '../../src/batch/hashFile.js';
import { tempDir } from '../e2e/reference.js';

// The up-to-date check hashes an issue's inputs before building: a picture replaced by a pipe
// or a device must not hang it (issue 10).

const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('hashFile', () => {
  it('hashes a regular file and gives no hash for a FIFO or a device, without reading them', async () => {
    const dir = await tempDir('hash');
    dirs.push(dir);
    await writeFile(path.join(dir, 'p.png'), 'x');
    expect(await hashFile(path.join(dir, 'p.png'))).toMatch(/^[0-9a-f]{64}$/);
    execFileSync('mkfifo', [path.join(dir, 'pipe.png')]);
    expect(await hashFile(path.join(dir, 'pipe.png'))).toBeUndefined();
    expect(await hashFile('/dev/zero')).toBeUndefined();
  });

  it('hashes the content, and gives no hash for a file larger than any input, without reading it', async () => {
    const dir = await tempDir('hash');
    dirs.push(dir);
    await writeFile(path.join(dir, 'a.md'), '正文');
    expect(await hashFile(path.join(dir, 'a.md'))).toBe(createHash('sha256').update('正文').digest('hex'));
    // Sparse: 1 byte more than the limit costs no disk.
    await truncate(path.join(dir, 'huge.md'), MAX_HASHED_BYTES + 1).catch(async () => {
      await writeFile(path.join(dir, 'huge.md'), '');
      await truncate(path.join(dir, 'huge.md'), MAX_HASHED_BYTES + 1);
    });
    expect(await hashFile(path.join(dir, 'huge.md'))).toBeUndefined();
  });
});
