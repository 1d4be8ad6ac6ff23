import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintTypography } from '../../src/batch/check/lintTypography.js';
import { readIssue } from '../../src/index.js';
import { LIMITS } from '../../src/read/limits.js';
import { scanMarks } from '../../src/read/scanMarks.js';
import { scanSize } from '../../src/read/scanSize.js';
import { tempProject } from '../read/helpers.js';

// An issue longer than LIMITS.issueCharacters is refused before it is parsed (issue 10: every
// input of 10 MB or less builds or fails within 10 s), at the line where it passes the limit.

const head = '---\ntitle: 测试简报\nsponsors: [测试单位]\nissue: 1\ndate: 2014-12-01\n---\n\n';
const roots: string[] = [];

afterAll(async () => {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
});

describe('the length of an issue', () => {
  it('is located at the line and column where the text passes the limit', () => {
    expect(scanSize('一二三\n四五六\n七八九\n', 'a.md', 12)).toBeUndefined();
    expect(scanSize('一二三\n四五六\n七八九\n', 'a.md', 6)).toMatchObject({ file: 'a.md', line: 2, column: 3, severity: 'error', rule: 'limits/issue-too-long' });
    // The front matter is not counted, but lines are counted from the top of the file.
    expect(scanSize('---\ntitle: 长长长长长长\n---\n一二三\n四五六\n', 'a.md', 8)).toBeUndefined();
    expect(scanSize('---\ntitle: 长长长长长长\n---\n一二三\n四五六\n', 'a.md', 6)).toMatchObject({ line: 5, column: 3 });
  });

  it('refuses a long issue before parsing, with no document', async () => {
    const paragraph = '正文'.repeat(249) + '。\n\n';
    const count = Math.ceil(LIMITS.issueCharacters / paragraph.length) + 1;
    const root = await tempProject({ 'issue.md': head + paragraph.repeat(count) });
    roots.push(root);
    const result = await readIssue(path.join(root, 'issue.md'));
    expect(result.document).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ rule: 'limits/issue-too-long', severity: 'error' });
    // The line of the paragraph in which the limit falls: front matter, then 2 lines a paragraph.
    const passing = Math.floor(LIMITS.issueCharacters / paragraph.length);
    expect(d?.line).toBe(head.split('\n').length + 2 * passing);
    expect(d?.message).toContain('300,000');
    // `check` leaves the typography of such a file alone: the reader's error says it all.
    expect(lintTypography('issue.md', head + paragraph.repeat(count)).diagnostics).toEqual([]);
  });
});

describe('marks in one paragraph', () => {
  it('refuses more emphasis marks or link brackets of one kind than the limit, at the first past it', () => {
    const limit = LIMITS.marksPerParagraph;
    const many = '[a'.repeat(limit + 1);
    expect(scanMarks(`${head}${many}\n`, 'a.md')).toMatchObject({ line: head.split('\n').length, column: 2 * limit + 1, rule: 'limits/too-many-marks' });
    // A blank line starts a new count, and marks in fenced code do not count.
    const half = '*a* '.repeat(limit / 2);
    expect(scanMarks(`${head}${half}\n\n${half}\n\n\`\`\`\n${'_'.repeat(limit * 3)}\n\`\`\`\n`, 'a.md')).toBeUndefined();
    expect(scanMarks(`${head}${half}\n${half}*\n`, 'a.md')).toMatchObject({ line: head.split('\n').length + 1, rule: 'limits/too-many-marks' });
  });

  it('is checked by the reader before parsing', async () => {
    const root = await tempProject({ 'issue.md': `${head}${'['.repeat(50_000)}a${']'.repeat(50_000)}\n` });
    roots.push(root);
    const result = await readIssue(path.join(root, 'issue.md'));
    expect(result.document).toBeUndefined();
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['limits/too-many-marks']);
  });
});

describe('marks in the front matter', () => {
  it('are the YAML reader’s business, not counted as a paragraph', () => {
    const yaml = `---\ntitle: 测试\ndisclaimer: "${'['.repeat(LIMITS.marksPerParagraph + 1)}"\n---\n\n正文。\n`;
    expect(scanMarks(yaml, 'a.md')).toBeUndefined();
    expect(scanMarks(`${yaml}\n${'_'.repeat(LIMITS.marksPerParagraph + 1)}\n`, 'a.md')).toMatchObject({ line: 8, column: LIMITS.marksPerParagraph + 1 });
  });
});
