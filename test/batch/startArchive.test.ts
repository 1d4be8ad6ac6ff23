import { chmod, lstat, mkdir, readFile, readlink, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIssues, initArchive, newIssue, PLACEHOLDERS, readIssue } from '../../src/index.js';
import { tempProjects } from '../e2e/projects.js';

// Starting an archive (issue 9, point 2): init, new in an archive without issues, the placeholder
// warning of check, and check --fix on a file's mode and a symbolic link (point 7).

const project = tempProjects();

const date = { year: 2014, month: 10, day: 17 };

describe('initArchive then newIssue', () => {
  it('starts an archive in a missing folder, its issue readable as it is', async () => {
    const dir = path.join(await project('init'), 'archive');
    const init = await initArchive({ dir, title: '某区科技情况通报', date });
    expect(init.existing).toEqual([]);
    expect(init.created).toEqual([path.join(dir, 'bulletin.yaml'), path.join(dir, '2014-01.md')]);
    expect(init.next).toMatchObject({ year: 2014, issue: 1, serial: 1 });
    const config = await readFile(init.config, 'utf8');
    expect(config).toMatch(/^title: 某区科技情况通报$/m);
    expect(config).toMatch(/^# fonts: bundled$/m);
    expect(config).toMatch(/^secretariat:\n(?:\s+#.*\n)?\s+name: /m);
    for (const field of ['postcode', 'email', 'address']) expect(config).toMatch(new RegExp(`^  ${field}: `, 'm'));

    const next = await newIssue({ dir, date: { year: 2014, month: 11, day: 3 } });
    expect(next).toMatchObject({ created: true, file: path.join(dir, '2014-02.md'), warnings: [] });
    expect(next.next).toMatchObject({ issue: 2, serial: 2 });

    // The issue reads without a problem (test/cli/archiveCommands.test.ts builds it to PDF).
    const read = await readIssue(init.issue);
    expect(read.diagnostics).toEqual([]);
    expect(read.document?.meta).toMatchObject({ title: '某区科技情况通报', year: 2014, issue: 1, serial: 1 });
  });
});

describe('initArchive never overwrites', () => {
  it('leaves an existing bulletin.yaml as it was and writes nothing', async () => {
    const dir = await project('init-taken');
    await writeFile(path.join(dir, 'bulletin.yaml'), 'title: 旧简报\n');
    const result = await initArchive({ dir, date });
    expect(result).toMatchObject({ created: [], existing: [path.join(dir, 'bulletin.yaml')] });
    expect(await readFile(path.join(dir, 'bulletin.yaml'), 'utf8')).toBe('title: 旧简报\n');
    expect((await readdir(dir)).sort()).toEqual(['.git', 'bulletin.yaml']);
  });

  it('leaves an existing first issue as it was, and refuses a folder that has issues', async () => {
    const dir = await project('init-issue');
    await writeFile(path.join(dir, '2014-01.md'), 'a draft\n');
    expect(await initArchive({ dir, date })).toMatchObject({ created: [], existing: [path.join(dir, '2014-01.md')] });
    await writeFile(path.join(dir, '2013-09.md'), '---\nissue: 9\n---\n正文。\n');
    expect(await initArchive({ dir, date: { year: 2015, month: 1, day: 5 } })).toMatchObject({ created: [], existing: [path.join(dir, '2013-09.md')] });
    expect((await readdir(dir)).sort()).toEqual(['.git', '2013-09.md', '2014-01.md']);
    expect(await readFile(path.join(dir, '2014-01.md'), 'utf8')).toBe('a draft\n');
  });
});

describe('newIssue in an archive with no issue yet', () => {
  it('creates issue 1, serial 1, from the bulletin.yaml alone', async () => {
    const dir = await project('new-empty');
    await writeFile(path.join(dir, 'bulletin.yaml'), 'title: 测试简报\nsponsors: [某某办公室]\n');
    const result = await newIssue({ dir, date });
    expect(result).toMatchObject({ created: true, file: path.join(dir, '2014-01.md'), warnings: [] });
    expect(await readFile(result.file, 'utf8')).toMatch(/^---\nissue: 1\nserial: 1\ndate: 2014-10-17\n---\n/);
    expect((await readIssue(result.file)).diagnostics).toEqual([]);
  });

  it('takes the numbers given, in an empty archive and over the guess in one with issues', async () => {
    const dir = await project('new-numbers');
    await writeFile(path.join(dir, 'bulletin.yaml'), 'title: 测试简报\nsponsors: [某某办公室]\n');
    const first = await newIssue({ dir, date, issue: 4, serial: 9 });
    expect(first).toMatchObject({ created: true, file: path.join(dir, '2014-04.md') });
    expect((await readIssue(first.file)).document?.meta).toMatchObject({ issue: 4, serial: 9 });
    const guessed = await newIssue({ dir, date: { year: 2014, month: 11, day: 1 } });
    expect(guessed.next).toMatchObject({ issue: 5, serial: 10 });
    const given = await newIssue({ dir, date: { year: 2014, month: 11, day: 2 }, serial: 12 });
    expect(given.next).toMatchObject({ issue: 6, serial: 12 });
    // A number already taken: the file is left as it was.
    const again = await newIssue({ dir, date: { year: 2014, month: 12, day: 1 }, issue: 4 });
    expect(again).toMatchObject({ created: false, file: first.file });
    expect((await readIssue(first.file)).document?.meta).toMatchObject({ issue: 4, serial: 9 });
  });
});

describe('checkIssues and placeholders', () => {
  it('warns at each placeholder left in the issue and its bulletin.yaml, and not once they are written over', async () => {
    const dir = await project('placeholder');
    const init = await initArchive({ dir, title: '测试简报', date });
    const report = await checkIssues([init.issue], { systemFontDirs: [] });
    const found = report.diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
    expect(found).toEqual([
      `2014-01.md:7:11 warning check/placeholder placeholder text "${PLACEHOLDERS.editorsNote}" is still here`,
      `2014-01.md:9:6 warning check/placeholder placeholder text "${PLACEHOLDERS.heading}" is still here`,
      `2014-01.md:11:1 warning check/placeholder placeholder text "${PLACEHOLDERS.body}" is still here`,
      ...['sponsor', 'secretariat', 'address', 'postcode', 'email'].map((key) => {
        const text = PLACEHOLDERS[key as keyof typeof PLACEHOLDERS];
        return expect.stringMatching(new RegExp(`^bulletin\\.yaml:\\d+:\\d+ warning check/placeholder placeholder text "${text}" is still here$`));
      }),
    ]);
    const config = await readFile(init.config, 'utf8');
    const lines = config.split('\n');
    const line = lines.findIndex((l) => l.includes(PLACEHOLDERS.sponsor));
    const column = (lines[line] ?? '').indexOf(PLACEHOLDERS.sponsor);
    expect(report.diagnostics.find((d) => d.message.includes(PLACEHOLDERS.sponsor))).toMatchObject({ line: line + 1, column: column + 1 });

    let issue = await readFile(init.issue, 'utf8');
    for (const text of Object.values(PLACEHOLDERS)) issue = issue.replaceAll(text, '本期通报各区科技工作进展。');
    await writeFile(init.issue, issue);
    await writeFile(init.config, 'title: 测试简报\nsponsors: [某某办公室]\n');
    expect((await checkIssues([init.issue], { systemFontDirs: [] })).diagnostics).toEqual([]);
  }, 30_000);
});

describe('checkIssues --fix on the file system', () => {
  const straight = '---\ntitle: 测试简报\nsponsors: [某某办公室]\nissue: 1\nserial: 1\ndate: 2014-10-17\n---\n\n本次会议主题为"科技创新",内容丰富。\n';
  const curly = '---\ntitle: 测试简报\nsponsors: [某某办公室]\nissue: 1\nserial: 1\ndate: 2014-10-17\n---\n\n本次会议主题为“科技创新”，内容丰富。\n';

  it('keeps the file’s mode', async () => {
    const dir = await project('fix-mode');
    const file = path.join(dir, '2014-01.md');
    await writeFile(file, straight);
    await chmod(file, 0o640);
    const report = await checkIssues([file], { fix: true, systemFontDirs: [] });
    expect(report.fixed).toEqual([{ file, count: 3 }]);
    expect(await readFile(file, 'utf8')).toBe(curly);
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(expect.not.arrayContaining([expect.stringMatching(/\.tmp$/)]));
  });

  it('writes through a symbolic link to its target, the link staying a link', async () => {
    const dir = await project('fix-link');
    await mkdir(path.join(dir, 'drafts'));
    const target = path.join(dir, 'drafts', 'draft.md');
    await writeFile(target, straight);
    await chmod(target, 0o600);
    const link = path.join(dir, '2014-01.md');
    await symlink(path.join('drafts', 'draft.md'), link);
    const report = await checkIssues([link], { fix: true, systemFontDirs: [] });
    expect(report.fixed).toEqual([{ file: link, count: 3 }]);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(path.join('drafts', 'draft.md'));
    expect(await readFile(target, 'utf8')).toBe(curly);
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).sort()).toEqual(['.git', '2014-01.md', 'drafts']);
    expect(await readdir(path.join(dir, 'drafts'))).toEqual(['draft.md']);
  });
});
