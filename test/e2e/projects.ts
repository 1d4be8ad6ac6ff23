import { rm } from 'node:fs/promises';
import { afterAll } from 'vitest';
import { tempDir } from './reference.js';

/**
 * Fresh temporary project folders for one test file, all removed after its tests: call at the
 * file's top level, then `await project('name')` in each test.
 */
export function tempProjects(): (prefix: string) => Promise<string> {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  return async (prefix) => {
    const dir = await tempDir(prefix);
    dirs.push(dir);
    return dir;
  };
}
