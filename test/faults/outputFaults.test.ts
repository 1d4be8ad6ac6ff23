import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { outputFs } from '../../src/build/outputFs.js';
import { buildIssue, type BuildOptions } from '../../src/index.js';
import { tempDir } from '../e2e/reference.js';
import { errnoError, tinyIssue } from './tinyIssue.js';

// File-system faults while writing the outputs (issue 10, point 5) are the machine's state, not
// bugs: a diagnostic about the path to act on, and nothing of the build left behind. Faults that
// need a mount or another user come through the outputFs seam; the others are real folders and files.

let dir: string;
let issue: string;
const options = (outDir: string, extra: BuildOptions = {}): BuildOptions => ({ outDir, systemFontDirs: [], cacheDir: path.join(dir, 'cache'), ...extra });

beforeAll(async () => {
  dir = await tempDir('faults');
  issue = await tinyIssue(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const listing = async (folder: string): Promise<string[]> => (await readdir(folder)).sort();

describe('a fault while writing the outputs', () => {
  const cases = [
    { code: 'ENOSPC', syscall: 'write', named: false, rule: 'output/disk-full', words: /no space left/ },
    { code: 'EDQUOT', syscall: 'write', named: false, rule: 'output/quota', words: /quota/ },
    { code: 'EROFS', syscall: 'open', named: true, rule: 'output/read-only', words: /read-only/ },
    { code: 'EACCES', syscall: 'open', named: true, rule: 'output/permission', words: /permission denied/ },
    { code: 'EPERM', syscall: 'open', named: true, rule: 'output/permission', words: /permission denied/ },
  ] as const;
  for (const c of cases) {
    it(`${c.code}: fails the issue with "${c.rule}" about the output folder, and writes nothing`, async () => {
      const out = path.join(dir, `out-${c.code}`);
      await mkdir(out);
      vi.spyOn(outputFs, 'writeFile').mockImplementation(async (file) => {
        throw errnoError(c.code, c.syscall, c.named ? String(file) : undefined);
      });
      const result = await buildIssue(issue, options(out));
      expect(result.outputs).toBeUndefined();
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ file: out, line: 0, column: 0, severity: 'error', rule: c.rule, hint: expect.stringMatching(/--out-dir/) });
      expect(result.diagnostics[0]?.message).toMatch(c.words);
      expect(await listing(out)).toEqual([]);
    });
  }

  it('with -f both, removes the PDF it renamed into place when the HTML cannot follow', async () => {
    const out = path.join(dir, 'out-both');
    const rename = outputFs.rename;
    vi.spyOn(outputFs, 'rename').mockImplementation(async (from, to) => {
      if (String(to).endsWith('.html')) throw errnoError('EIO', 'rename', String(from));
      await rename(from, to);
    });
    const result = await buildIssue(issue, options(out, { format: 'both' }));
    expect(result.diagnostics.map((d) => [d.rule, d.file])).toEqual([['output/io', out]]);
    expect(await listing(out)).toEqual([]);
  });

  it('with -f both and a folder named like the HTML output, renames nothing: the last PDF stays', async () => {
    const out = path.join(dir, 'out-folder');
    await mkdir(path.join(out, '2014-04.html'), { recursive: true });
    await writeFile(path.join(out, '2014-04.pdf'), 'the last good build');
    const result = await buildIssue(issue, options(out, { format: 'both' }));
    expect(result.diagnostics.map((d) => [d.rule, d.file])).toEqual([['output/folder-in-the-way', path.join(out, '2014-04.html')]]);
    expect(await listing(out)).toEqual(['2014-04.html', '2014-04.pdf']);
    expect(await readFile(path.join(out, '2014-04.pdf'), 'utf8')).toBe('the last good build');
  });

  it('names the file that stands where a folder is needed', async () => {
    const blocker = path.join(dir, 'a-file');
    await writeFile(blocker, '');
    const result = await buildIssue(issue, options(path.join(blocker, 'out')));
    expect(result.diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([['output/not-a-folder', blocker, 0]]);
  });

  it('is still a bug when it is not the file system: the exception goes on', async () => {
    vi.spyOn(outputFs, 'writeFile').mockRejectedValue(new TypeError('a bug'));
    await expect(buildIssue(issue, options(path.join(dir, 'out-bug')))).rejects.toThrow('a bug');
  });
});
