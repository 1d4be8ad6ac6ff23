import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { typesetIssue } from '../../src/index.js';

const dir = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

async function titlesByPage(file: string): Promise<{ page: number; text: string }[]> {
  const { typeset, diagnostics } = await typesetIssue(file, { systemFontDirs: [] });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return (typeset?.pages ?? []).flatMap((p) => p.lines.filter((l) => l.size === 22).map((l) => ({ page: p.number, text: l.text })));
}

describe('several articles (issue 6)', () => {
  it('starts each article after the first on a new page under break: page', async () => {
    expect(await titlesByPage(join(dir, 'two-articles.md'))).toEqual([
      { page: 1, text: '第一篇文章' },
      { page: 2, text: '第二篇文章' },
    ]);
  });

  it('runs articles on without it, and lists them in 本期要目 with their pages', async () => {
    const work = mkdtempSync(join(tmpdir(), 'bulletin-articles-'));
    onTestFinished(() => rmSync(work, { recursive: true, force: true }));
    copyFileSync(join(dir, 'bulletin.yaml'), join(work, 'bulletin.yaml'));
    const file = join(work, 'run-on.md');
    writeFileSync(file, readFileSync(join(dir, 'two-articles.md'), 'utf8').replace('break: page\n', ''));
    expect(await titlesByPage(file)).toEqual([
      { page: 1, text: '第一篇文章' },
      { page: 1, text: '第二篇文章' },
    ]);
    const { typeset } = await typesetIssue(file, { systemFontDirs: [] });
    const first = typeset?.pages[0]?.lines.map((l) => l.text) ?? [];
    expect(first).toContain('本期要目');
    expect(first.filter((t) => /^第[一二]篇文章1$/.test(t))).toHaveLength(2);
  });
});
