import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../e2e/reference.js';
import { cleanEnv, ensureBundle, type Outcome } from './batchRun.js';

// Issue 9.5: Chinese when the locale begins with zh or with --lang zh, English otherwise; the
// --json report the same in both. The real executable, spawned with the locale set.

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin', 'bulletin.js');

async function bulletin(args: readonly string[], cwd: string, locale: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, env: { ...cleanEnv(), ...locale }, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: unknown; stderr?: unknown };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: String(e.stdout ?? ''), stderr: String(e.stderr ?? '') };
  }
}

const zhLocale = { LANG: 'zh_CN.UTF-8' };
let dir: string;

beforeAll(async () => {
  await ensureBundle();
  dir = await tempDir('language');
  // A misspelt field fails before any font is opened: each run is quick.
  await writeFile(path.join(dir, 'bad.md'), '---\ntitle: 金桥会议传真\nsponsors: [上海产业技术研究院]\nissue: 4\ndate: 2014-10-17\nserail: 9\n---\n\n正文。\n');
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the language of the messages', () => {
  it('is English by default and Chinese under LANG=zh_CN.UTF-8: message and hint at file:line:col; --json the same in both', async () => {
    const en = await bulletin(['build', 'bad.md', '--json'], dir);
    const zh = await bulletin(['build', 'bad.md', '--json'], dir, zhLocale);
    expect([en.code, zh.code]).toEqual([1, 1]);
    expect(en.stderr).toContain('bad.md:6:1: error: unknown front matter field "serail"\n  hint: did you mean `serial`?');
    expect(zh.stderr).toContain('bad.md:6:1: 错误: 文件头中有未知字段“serail”\n  提示: 您是不是要写 `serial`？');
    const report = (text: string): unknown => ({ ...(JSON.parse(text) as Record<string, unknown>), seconds: 0, issues: [] });
    const diagnostics = (text: string): unknown => (JSON.parse(text) as { issues: { diagnostics: unknown }[] }).issues.map((i) => i.diagnostics);
    expect(report(zh.stdout)).toEqual(report(en.stdout));
    expect(diagnostics(zh.stdout)).toEqual(diagnostics(en.stdout));
    expect(zh.stdout).toContain('"message": "unknown front matter field \\"serail\\""');
  }, 30_000);

  it('follows --lang over the locale', async () => {
    const en = await bulletin(['build', 'bad.md', '--lang=en'], dir, zhLocale);
    expect(en.stderr).toContain('error: unknown front matter field "serail"');
  }, 30_000);

  it('gives Chinese --help under a zh locale, exit codes 0 to 3 included', async () => {
    const o = await bulletin(['build', '--help'], dir, zhLocale);
    expect(o.code).toBe(0);
    for (const words of ['用法：', '选项：', '参数：', '把简报（带 YAML 文件头的 Markdown）排成 PDF', '显示命令的帮助', '示例：', '退出码：', '3 bulletin 自身的缺陷：请报告']) {
      expect(o.stdout, words).toContain(words);
    }
    expect(o.stdout).not.toMatch(/Usage:|Options:|display help/);
  }, 30_000);

  it('lists exit code 3 in the English --help too', async () => {
    const o = await bulletin(['--help'], dir);
    expect(o.stdout).toContain('Usage: bulletin');
    expect(o.stdout).toContain('3 a bug in bulletin: please report it');
  }, 30_000);

  it('gives commander’s usage errors in Chinese with --lang zh, exit 2', async () => {
    const o = await bulletin(['--lang', 'zh', 'build', 'bad.md', '--forse'], dir, { LANG: 'C' });
    expect(o.code).toBe(2);
    expect(o.stderr).toBe('bulletin: 没有 --forse 这个选项（您是不是要用 --force？）\n运行 bulletin --help 查看用法。\n');
  }, 30_000);
});
