import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue, checkIssues, collectIssues, newIssue, readIssue } from '../../src/index.js';
import { tempDir } from '../e2e/reference.js';
import { makeArchive, type ArchiveIssue } from '../fixtures/batch/archive.js';

// The secretariat's archive of 24 issues over 3 years (issue 5, "Done when"), through the library.

let dir: string;
let issues: ArchiveIssue[];

beforeAll(async () => {
  dir = await tempDir('archive');
  issues = await makeArchive(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an archive of 24 issues', () => {
  it('is collected from its folder in name order, bulletin.yaml and README.md left out', async () => {
    await writeFile(path.join(dir, 'README.md'), '# 简报存档\n');
    const { files, missing, empty } = await collectIssues([dir]);
    await rm(path.join(dir, 'README.md'));
    expect(files).toEqual(issues.map((i) => i.file));
    expect([missing, empty]).toEqual([[], []]);
  });

  it('passes check without a single finding', async () => {
    const report = await checkIssues(issues.map((i) => i.file), { systemFontDirs: [] });
    expect(report.diagnostics).toEqual([]);
  }, 30_000);

  it('fails check after a serial is duplicated, naming both files', async () => {
    const victim = issues[10] as ArchiveIssue; // 2015-03.md, serial 11
    const original = await readFile(victim.file, 'utf8');
    await writeFile(victim.file, original.replace('serial: 11', 'serial: 10'));
    try {
      const report = await checkIssues(issues.map((i) => i.file), { systemFontDirs: [] });
      const duplicates = report.diagnostics.filter((d) => d.rule === 'archive/duplicate-serial');
      expect(duplicates.map((d) => [path.basename(d.file), d.severity, d.message])).toEqual([
        ['2015-02.md', 'error', 'serial 10 (总第10期) is also the serial of 2015-03.md'],
        ['2015-03.md', 'error', 'serial 10 (总第10期) is also the serial of 2015-02.md'],
      ]);
    } finally {
      await writeFile(victim.file, original);
    }
  }, 30_000);
});

describe('newIssue on the archive', () => {
  it('numbers the next issue of the year after the last, the serial after the highest', async () => {
    const result = await newIssue({ dir, date: { year: 2016, month: 11, day: 20 } });
    try {
      expect(result.created).toBe(true);
      expect(result.file).toBe(path.join(dir, '2016-09.md'));
      expect(result.warnings).toEqual([]);
      const read = await readIssue(result.file);
      expect(read.diagnostics).toEqual([]);
      expect(read.document?.meta).toMatchObject({ year: 2016, issue: 9, serial: 25, date: { year: 2016, month: 11, day: 20 } });
      // The skeleton builds, and passes check together with the archive but for its placeholders.
      const built = await buildIssue(result.file, { outDir: path.join(dir, 'out'), systemFontDirs: [] });
      expect(built.diagnostics).toEqual([]);
      expect(built.pages).toBe(1);
      const checked = await checkIssues([...issues.map((i) => i.file), result.file], { systemFontDirs: [] });
      expect(checked.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).toEqual([
        '2016-09.md:7:11 warning check/placeholder',
        '2016-09.md:9:6 warning check/placeholder',
        '2016-09.md:11:1 warning check/placeholder',
      ]);
    } finally {
      await rm(result.file, { force: true });
    }
  }, 30_000);

  it('starts a new year at issue 1, the serial going on', async () => {
    const result = await newIssue({ dir, date: { year: 2017, month: 1, day: 6 } });
    try {
      expect(path.basename(result.file)).toBe('2017-01.md');
      expect(result.next).toMatchObject({ year: 2017, issue: 1, serial: 25 });
      expect(await readFile(result.file, 'utf8')).toMatch(/^---\nissue: 1\nserial: 25\ndate: 2017-01-06\n---\n\n> \*\*编者按：\*\*/);
    } finally {
      await rm(result.file, { force: true });
    }
  });

  it('refuses to overwrite an issue of the same name', async () => {
    const taken = path.join(dir, '2016-09.md');
    await writeFile(taken, 'draft\n');
    try {
      const result = await newIssue({ dir, date: { year: 2016, month: 11, day: 20 } });
      expect(result).toMatchObject({ created: false, file: taken });
      expect(await readFile(taken, 'utf8')).toBe('draft\n');
    } finally {
      await rm(taken, { force: true });
    }
  });

  it('warns when the date is before the last issue’s', async () => {
    const result = await newIssue({ dir, date: { year: 2016, month: 1, day: 1 } });
    await rm(result.file, { force: true });
    expect(result.warnings.map((d) => d.rule)).toEqual(['archive/date-order']);
  });
});
