import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue, hasErrors } from '../../src/index.js';
import { referenceWith } from './reference.js';

// A document error comes back as a diagnostic pointing at the file, line and column, and the
// build writes nothing at all: no PDF, no temporary file left behind (docs/layout.md A.5, STYLE.md 8).

const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function listing(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true })).sort();
  } catch {
    return [];
  }
}

const cases = [
  {
    name: 'a wrong type (issue: four)',
    from: 'issue: 4',
    to: 'issue: four',
    line: 4,
    column: 8,
    message: /"issue"/,
    hint: /issue/,
  },
  {
    name: 'an unknown field (seral: 9)',
    from: 'serial: 9',
    to: 'seral: 9',
    line: 5,
    column: 1,
    message: /"seral"/,
    hint: /serial/,
  },
] as const;

describe('building an issue with bad front matter', () => {
  for (const c of cases) {
    describe(c.name, () => {
      it('returns an error diagnostic at its line and column, with a hint', async () => {
        const { dir, file } = await referenceWith(c.from, c.to);
        dirs.push(dir);
        const result = await buildIssue(file, { outDir: path.join(dir, 'out'), systemFontDirs: [] });
        expect(hasErrors(result.diagnostics)).toBe(true);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        expect(errors).toHaveLength(1);
        const error = errors[0];
        expect(error).toMatchObject({ file, line: c.line, column: c.column });
        expect(error?.message).toMatch(c.message);
        expect(error?.hint).toMatch(c.hint);
        expect(result.output).toBeUndefined();
        expect(result.pages).toBeUndefined();
      }, 30_000);

      it('writes nothing into the out dir', async () => {
        const { dir, file } = await referenceWith(c.from, c.to);
        dirs.push(dir);
        const outDir = path.join(dir, 'out');
        await buildIssue(file, { outDir, systemFontDirs: [] });
        expect(await listing(outDir)).toEqual([]);
        expect(await listing(dir)).toEqual(['.git', '2014-04.md']);
      }, 30_000);

      it('writes nothing beside the issue when there is no out dir', async () => {
        const { dir, file } = await referenceWith(c.from, c.to);
        dirs.push(dir);
        const result = await buildIssue(file, { systemFontDirs: [] });
        expect(result.output).toBeUndefined();
        expect(await listing(dir)).toEqual(['.git', '2014-04.md']);
      }, 30_000);
    });
  }
});
