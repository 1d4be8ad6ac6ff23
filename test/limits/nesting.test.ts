import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintTypography } from '../../src/batch/check/lintTypography.js';
import { readIssue } from '../../src/index.js';
import { checkNesting } from '../../src/read/checkNesting.js';
import { LIMITS } from '../../src/read/limits.js';
import { parseMarkdown } from '../../src/read/parseMarkdown.js';
import { scanNesting } from '../../src/read/scanNesting.js';
import { tempProject } from '../read/helpers.js';

// Nesting past LIMITS.nesting is an error at its line, never a stack overflow (issue 10): the
// text is scanned before parsing (micromark's cost grows with depth) and the tree after.

const limit = LIMITS.nesting;
const head = '---\ntitle: 测试简报\nsponsors: [测试单位]\nissue: 1\ndate: 2014-12-01\n---\n\n正文。\n\n';
const headLines = head.split('\n').length - 1;
const roots: string[] = [];

afterAll(async () => {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
});

async function read(body: string) {
  const root = await tempProject({ 'issue.md': head + body });
  roots.push(root);
  return readIssue(path.join(root, 'issue.md'));
}

const bulletList = (n: number): string => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- 项`).join('\n');

describe('nesting deeper than the limit', () => {
  it('refuses 5,000 nested block quotes at their line, before parsing', async () => {
    const result = await read(`${'>'.repeat(5000)} 深\n`);
    expect(result.document).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ severity: 'error', rule: 'limits/nesting', line: headLines + 1, column: 1 }]);
    expect(result.diagnostics[0]?.message).toContain(String(limit));
  });

  it('refuses 5,000 emphasis marks around a word (`*` and `**`)', async () => {
    for (const body of [`${'*'.repeat(5000)}深${'*'.repeat(5000)}\n`, `${'**'.repeat(2500)}深${'**'.repeat(2500)}\n`]) {
      const result = await read(body);
      expect(result.diagnostics).toMatchObject([{ severity: 'error', rule: 'limits/nesting', line: headLines + 1, column: 1 }]);
    }
  });

  it('refuses a list nested 2,000 levels deep at the first line past the limit', async () => {
    const result = await read(`${bulletList(2000)}\n`);
    // Line i (0-based) of the list is i levels of indentation plus its marker: i + 1 levels.
    expect(result.diagnostics).toMatchObject([{ rule: 'limits/nesting', line: headLines + limit + 1 }]);
  });

  it('refuses emphasis nested past the limit in separate runs, found in the tree', () => {
    const depth = limit + 5;
    const text = `${'*a **b '.repeat(depth)}c${'** a*'.repeat(depth)}\n`;
    expect(scanNesting(text, '/issue.md')).toBeUndefined();
    const error = checkNesting(parseMarkdown(text), '/issue.md');
    expect(error).toMatchObject({ rule: 'limits/nesting', line: 1 });
    expect(error?.message).toMatch(/emphasis/);
  });

  it('accepts nesting at the limit, thematic breaks, long underscores and deep indentation in code', async () => {
    const quotes = `${'>'.repeat(limit)} 深\n`;
    expect(scanNesting(quotes, '/i.md')).toBeUndefined();
    expect(checkNesting(parseMarkdown(quotes), '/i.md')).toBeUndefined();
    const list = `${bulletList(limit)}\n`;
    expect(scanNesting(list, '/i.md')).toBeUndefined();
    const other = [
      '* '.repeat(300),
      '',
      `姓名${'_'.repeat(500)}`,
      '',
      '```',
      `${' '.repeat(400)}code`,
      '```',
      '',
    ].join('\n');
    expect(scanNesting(other, '/i.md')).toBeUndefined();
    const result = await read(other);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('leaves `bulletin check` without a crash on such a file', () => {
    expect(lintTypography('/issue.md', `${'>'.repeat(5000)} 深\n`).diagnostics).toEqual([]);
  });
});
