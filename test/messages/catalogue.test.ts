import { describe, expect, it } from 'vitest';
import { CATALOGUES, render, type MessageKey } from '../../src/messages/catalogue.js';
import { languageFromEnv } from '../../src/messages/language.js';
import { escapeControls } from '../../src/diagnostics/escapeControls.js';
import { spaced, zhReason, zhValue } from '../../src/messages/zh/words.js';

describe('message catalogues', () => {
  it('have the same keys in Chinese and English', () => {
    const en = Object.keys(CATALOGUES.en).sort();
    const zh = Object.keys(CATALOGUES.zh).sort();
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.length).toBeGreaterThan(0);
  });

  it('give a non-empty text in each language, Chinese ones with Chinese in them', () => {
    // Every message is called with a stand-in for each parameter it might read.
    const params = new Proxy({}, { get: (_t, name) => (typeof name === 'string' ? `‹${name}›` : undefined) }) as Record<string, string>;
    for (const key of Object.keys(CATALOGUES.en) as MessageKey[]) {
      const en = render({ key, params }, 'en');
      const zh = render({ key, params }, 'zh');
      expect(en, key).not.toBe('');
      expect(zh, key).toMatch(/[\u3400-\u9fff]/u);
    }
  });

  it('take the language from LC_ALL, LC_MESSAGES, then LANG', () => {
    expect(languageFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(languageFromEnv({ LANG: 'zh_TW.UTF-8' })).toBe('zh');
    expect(languageFromEnv({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
    expect(languageFromEnv({})).toBe('en');
  });
});

describe('escapeControls', () => {
  it('shows escape sequences and bidi overrides as \\u escapes, keeping line feeds', () => {
    expect(escapeControls('a\u001b]0;owned\u0007b\nc\u202ed')).toBe('a\\u001b]0;owned\\u0007b\nc\\u202ed');
  });
});

describe('the Chinese words of English parameters', () => {
  it('put values, reasons and labels into Chinese, spaced as Chinese is typeset', () => {
    expect(render({ key: 'read.invalid-value', params: { label: 'front matter', field: 'issue', found: '"four"' } }, 'zh')).toBe(
      '文件头字段“issue”应是不小于 1 的整数，而不是“four”',
    );
    expect(render({ key: 'read.invalid-value', params: { label: 'bulletin.yaml', field: 'year', found: '14' } }, 'zh')).toBe(
      'bulletin.yaml 字段“year”应是四位数的年份，而不是 14',
    );
    expect(zhValue('an empty list')).toBe('空列表');
    expect(zhReason('permission denied')).toBe('没有读取权限');
    expect(zhReason('EIO: i/o error, read')).toBe('EIO: i/o error, read');
    expect(spaced('共', '3', '期')).toBe('共 3 期');
  });
});

describe('t', () => {
  it('shows control characters in its parameters escaped', async () => {
    const { t } = await import('../../src/messages/catalogue.js');
    expect(t('cli.bad-language', { value: 'x\u001b[2Jy' })).toContain('x\\u001b[2Jy');
  });
});
