import { execFileSync } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIssues } from '../../src/index.js';
import { bulletin, ensureBundle } from '../cli/batchRun.js';
import { tempDir } from '../e2e/reference.js';

// A named pipe or a device where an issue or a bulletin.yaml should be is refused at once with its
// path and what to do (exit 1), through the whole CLI: nothing may block on it or read it for ever.

let dir: string;
beforeAll(async () => {
  await ensureBundle();
  dir = await tempDir('special');
  execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
  await symlink('/dev/zero', path.join(dir, 'zero.md'));
  for (const [name, make] of [
    ['piped', (file: string) => execFileSync('mkfifo', [file])],
    ['zeroed', (file: string) => symlink('/dev/zero', file)],
  ] as const) {
    await mkdir(path.join(dir, name, '.git'), { recursive: true });
    await make(path.join(dir, name, 'bulletin.yaml'));
    await writeFile(path.join(dir, name, 'issue.md'), '---\ntitle: 金桥会议传真\nissue: 4\ndate: 2014-10-17\nsponsors: [上海产业技术研究院]\n---\n\n正文。\n');
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('special files as issues and as bulletin.yaml', () => {
  it('build refuses a pipe and a device given as issues', async () => {
    const { code, stderr } = await bulletin(['build', 'pipe.md', 'zero.md'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('pipe.md: error: cannot read the issue: it is a named pipe (FIFO), not a regular file');
    expect(stderr).toContain('zero.md: error: cannot read the issue: it is a device, not a regular file');
  });

  it('build (and check) refuse a pipe and a device named bulletin.yaml', async () => {
    const built = await bulletin(['build', 'piped/issue.md', 'zeroed/issue.md'], dir);
    expect(built.code).toBe(1);
    expect(built.stderr).toContain(`${path.join('piped', 'bulletin.yaml')}: error: cannot read bulletin.yaml: it is a named pipe (FIFO), not a regular file`);
    expect(built.stderr).toContain(`${path.join('zeroed', 'bulletin.yaml')}: error: cannot read bulletin.yaml: it is a device, not a regular file`);
    const checked = await checkIssues([path.join(dir, 'pipe.md'), path.join(dir, 'piped', 'issue.md')], { systemFontDirs: [] });
    expect(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => [path.relative(dir, d.file), d.rule])).toEqual([
      ['pipe.md', 'read/not-a-file'],
      [path.join('piped', 'bulletin.yaml'), 'read/not-a-file'],
    ]);
  });
});
