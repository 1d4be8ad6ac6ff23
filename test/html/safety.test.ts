import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIssue, type BuildResult } from '../../src/index.js';
import { sanitizeBody } from '../../src/render/html/sanitizeBody.js';
import { tempDir } from '../e2e/reference.js';

const ISSUE = `---
title: 金桥会议传真
issue: 1
date: 2014-10-17
sponsors: [上海产业技术研究院]
---

本段有 <b onclick="alert(1)">内联标签</b> 和<iframe src="https://example.com/x"></iframe>框架。

<script>alert("block")</script>

<img src="https://example.com/track.png" onerror="alert(2)">

参见[官网](https://www.sast.org.cn/)、[邮箱](mailto:jqcz@sast.org.cn)、[坏链接](javascript:alert(3))和[相对链接](notes.html)。
`;

let dir: string;
let result: BuildResult;
let html: string;

beforeAll(async () => {
  dir = await tempDir('html-safety');
  const file = path.join(dir, 'issue.md');
  await writeFile(file, ISSUE);
  result = await buildIssue(file, { format: 'html', systemFontDirs: [], cacheDir: path.join(dir, 'cache') });
  html = await readFile(path.join(dir, 'issue.html'), 'utf8');
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a page built from an issue with raw HTML and unsafe links', () => {
  it('writes only the HTML, and warns that the raw HTML is left out (file:line)', () => {
    expect(result.outputs).toEqual([path.join(dir, 'issue.html')]);
    expect(result.output).toBeUndefined();
    const lines = result.diagnostics.filter((d) => d.rule === 'markdown/raw-html').map((d) => d.line);
    expect(lines).toEqual(expect.arrayContaining([8, 10, 12]));
  });

  it('has no script, no event handler, no frame and no remote resource', () => {
    expect(html).not.toMatch(/<script|<iframe|<object|<embed/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    // Every src and url() is inline data; the only http(s) URLs are link targets.
    for (const m of html.matchAll(/\bsrc="([^"]*)"|url\(([^)]*)\)/g)) expect(m[1] ?? m[2]).toMatch(/^data:/);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;');
  });

  it('keeps safe links, each with rel="noopener", and drops the javascript: target, keeping its text, with a warning', () => {
    expect(html).toContain('<a href="https://www.sast.org.cn/" rel="noopener">官网</a>');
    expect(html).toContain('<a href="mailto:jqcz@sast.org.cn" rel="noopener">邮箱</a>');
    expect(html).toContain('<a href="notes.html" rel="noopener">相对链接</a>');
    expect(html).toContain('、坏链接和');
    expect(result.diagnostics.filter((d) => d.rule === 'link/unsafe')).toMatchObject([{ severity: 'warning', line: 14 }]);
  });

  it('is a zh-CN page with the masthead in a header and the text in main > article', () => {
    expect(html).toMatch(/^<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">/);
    expect(html).toMatch(/<body class="font-body"><header class="masthead"><h1 class="masthead-title font-title">金桥会议传真<\/h1>/);
    expect(html).toContain('<main><article><p>本段有');
  });
});

describe('sanitizeBody', () => {
  it('removes what bulletin never makes, whatever a builder lets through', () => {
    const dirty = h('body', [
      h('p', { onClick: 'x()', style: 'color:red', className: ['a'] }, ['text', h('script', 'alert(1)'), h('iframe', { src: 'https://x' })]),
      h('img', { src: 'https://example.com/a.png', alt: 'a' }),
      h('a', { href: 'javascript:alert(1)', rel: ['noopener'] }, 'x'),
      h('unknown', 'kept text'),
    ]);
    expect(toHtml(sanitizeBody(dirty))).toBe('<body><p class="a">text</p><img alt="a"><a rel="noopener">x</a>kept text</body>');
  });
});
