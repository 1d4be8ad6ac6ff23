import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue, typesetIssue } from '../../src/build/buildIssue.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-html-pages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// CJK Extension B: no bundled face has these.
const ISSUE = `---
title: 测试简报𪀀
year: 2026
issue: 1
serial: 1
date: 2026-01-05
sponsors: [秘书处]
---

# 标题𪀁

正文有一个字𪀂，又一个𪀃。

\`\`\`
代码𪀄
\`\`\`

注释[^1]。

[^1]: 脚注𪀅。
`;

describe('--format html sets no page', () => {
  it('reports the characters no font has where a full typesetting reports them, and writes the page', async () => {
    mkdirSync(path.join(dir, '.git'));
    const file = path.join(dir, 'issue.md');
    writeFileSync(file, ISSUE);
    const options = { systemFontDirs: [], cacheDir: path.join(dir, 'cache'), outDir: path.join(dir, 'out') };
    const full = await typesetIssue(file, options);
    const coverOnly = await typesetIssue(file, options, false);
    expect(coverOnly.typeset).toBeUndefined();
    const places = (ds: readonly Diagnostic[]): string[] => ds.map((d) => `${d.rule} ${d.line}:${d.column} ${d.message}`).sort();
    expect(full.diagnostics.length).toBe(6);
    expect(places(coverOnly.diagnostics)).toEqual(places(full.diagnostics));

    const html = await buildIssue(file, { ...options, format: 'html' });
    expect(html.outputs).toEqual([path.join(dir, 'out', 'issue.html')]);
    expect(html.pages).toBeUndefined();
    expect(places(html.diagnostics)).toEqual(places(full.diagnostics));
    // --strict: the same characters are errors, and nothing is written.
    const strict = await buildIssue(file, { ...options, format: 'html', strict: true, outDir: path.join(dir, 'strict') });
    expect(strict.outputs).toBeUndefined();
    expect(strict.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(6);
  }, 60_000);
});
