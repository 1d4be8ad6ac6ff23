import { afterEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parseArgs.js';
import { setLanguage } from '../../src/messages/language.js';

// commander words its usage errors in English only: in Chinese they are read back by code.

afterEach(() => setLanguage('en'));

function usage(args: readonly string[]): string {
  const parsed = parseArgs(args);
  if (parsed.command !== 'usage-error') throw new Error(`not a usage error: ${parsed.command}`);
  return parsed.message;
}

describe('usage errors', () => {
  it('keep commander’s English words in English', () => {
    expect(usage(['build', 'a.md', '--punct', 'x'])).toBe("option '--punct <style>' argument 'x' is invalid. Allowed choices are quanjiao, kaiming, banjiao.");
    expect(usage(['build'])).toBe("missing required argument 'files'");
  });

  it('are in Chinese in Chinese, each kind', () => {
    setLanguage('zh');
    expect(usage(['build', 'a.md', '--punct', 'x'])).toBe('选项 --punct <style> 的值“x”无效，可选的值有 quanjiao, kaiming, banjiao。');
    expect(usage(['build'])).toBe('缺少参数 files');
    expect(usage(['build', 'a.md', '-o'])).toBe('选项 -o, --out-dir <dir> 后面缺少值');
    expect(usage(['build', 'a.md', '--jobs', '0'])).toBe('选项 -j, --jobs <n> 的值“0”无效：应是不小于 1 的整数。');
    expect(usage(['frobnicate'])).toBe('没有 frobnicate 这个命令');
    expect(usage(['fonts', 'a.md', 'b.md'])).toBe('命令 fonts 的参数太多：应有 1 个，实际有 2 个。');
  });

  it('and --help in Chinese has commander’s headings and defaults in Chinese', () => {
    setLanguage('zh');
    const help = parseArgs(['check', '--help']);
    expect(help.command).toBe('help');
    const text = help.command === 'help' ? help.text : '';
    expect(text).toMatch(/^用法： bulletin check/);
    expect(text).toContain('--strict           字体中缺字时按错误处理（默认：否）');
    expect(text).toContain('-h, --help         显示命令的帮助');
  });
});
