import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFiles } from '../../src/read/findConfigFiles.js';
import { mergeLayers } from '../../src/read/mergeLayers.js';
import { resolveMeta } from '../../src/read/resolveMeta.js';
import { fixture, tempProject } from './helpers.js';

describe('findConfigFiles', () => {
  it('finds bulletin.yaml in the folder and its parents, farthest first', async () => {
    expect(await findConfigFiles(fixture('parent-config', '2014'))).toEqual([
      fixture('parent-config', 'bulletin.yaml'),
      fixture('parent-config', '2014', 'bulletin.yaml'),
    ]);
  });

  it('stops at the folder holding .git, inclusive', async () => {
    const root = await tempProject({ 'bulletin.yaml': 'title: 根\n', 'a/b/issue.md': '' });
    // A bulletin.yaml above the .git folder must not apply.
    const outer = await tempProject({ 'bulletin.yaml': 'title: 外\n', 'inner/bulletin.yaml': 'title: 内\n' });
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(outer, 'inner', '.git'));
    expect(await findConfigFiles(path.join(root, 'a', 'b'))).toEqual([path.join(root, 'bulletin.yaml')]);
    expect(await findConfigFiles(path.join(outer, 'inner'))).toEqual([path.join(outer, 'inner', 'bulletin.yaml')]);
  });
});

describe('mergeLayers', () => {
  it('replaces fields and lists, merges the mappings key by key', () => {
    const merged = mergeLayers([
      { title: '甲', sponsors: ['一', '二'], secretariat: { name: '秘书组', address: '旧址' }, fonts: { body: '宋体' } },
      { sponsors: ['三'], secretariat: { address: '新址' }, fonts: { kai: '楷体' }, title: undefined },
    ]);
    expect(merged).toEqual({
      title: '甲',
      sponsors: ['三'],
      secretariat: { name: '秘书组', address: '新址' },
      fonts: { body: '宋体', kai: '楷体' },
    });
  });
});

describe('resolveMeta', () => {
  it('takes title and sponsors from a parent bulletin.yaml; nearer files and the front matter win', async () => {
    const file = fixture('parent-config', '2014', '2014-05.md');
    const frontMatter = {
      text: 'title: 金桥会议传真（特刊）\nissue: 5\ndate: 2014-11-20\nsecretariat:\n  phone: 021-12345678',
      start: { line: 1, column: 1 },
    };
    const { meta, configFiles, diagnostics } = await resolveMeta({ file, frontMatter });
    expect(diagnostics).toEqual([]);
    expect(configFiles).toEqual([fixture('parent-config', 'bulletin.yaml'), fixture('parent-config', '2014', 'bulletin.yaml')]);
    expect(meta).toMatchObject({
      title: '金桥会议传真（特刊）',
      year: 2014,
      issue: 5,
      sponsors: ['上海产业技术研究院', '上海浦东金桥技术开发区管委会', '上海市中国工程院院士咨询与学术活动中心'],
      disclaimer: '交流资料 仅供参考',
      secretariat: {
        name: '“金桥产业技术创新会议” 秘书组',
        address: '上海市浦东新区科苑路 1278 号',
        postcode: '201203',
        email: 'jqcz@sast.org.cn',
        phone: '021-12345678',
      },
      fonts: { body: '仿宋', kai: '楷体' },
      template: 'jinqiao',
      numbering: true,
    });
  });

  it('lets overrides win over everything and validates them too', async () => {
    const file = fixture('parent-config', '2014', '2014-05.md');
    const frontMatter = { text: 'issue: 5\ndate: 2014-11-20', start: { line: 1, column: 1 } };
    const ok = await resolveMeta({ file, frontMatter, overrides: { issue: 6, numbering: 'off', disclaimer: '' } });
    expect(ok.meta).toMatchObject({ issue: 6, numbering: false });
    expect(ok.meta?.disclaimer).toBeUndefined();
    const bad = await resolveMeta({ file, frontMatter, overrides: { template: 'no-such-template' } });
    expect(bad.meta).toBeUndefined();
    expect(bad.diagnostics).toMatchObject([{ file, line: 0, message: 'template "no-such-template" is neither a built-in template nor a folder holding template.yaml' }]);
  });

  it('points errors in bulletin.yaml at bulletin.yaml', async () => {
    const file = fixture('bad-config', '2014-06.md');
    const frontMatter = { text: 'issue: 6\ndate: 2014-12-01', start: { line: 1, column: 1 } };
    const { meta, diagnostics } = await resolveMeta({ file, frontMatter });
    expect(meta).toBeUndefined();
    expect(diagnostics).toMatchObject([
      {
        file: fixture('bad-config', 'bulletin.yaml'),
        line: 5,
        column: 3,
        severity: 'error',
        message: 'unknown bulletin.yaml field "secretariat.adress"',
        hint: 'did you mean `address`?',
      },
    ]);
  });

  it('points YAML syntax errors in bulletin.yaml at bulletin.yaml', async () => {
    const root = await tempProject({ 'bulletin.yaml': 'title: 金桥会议传真\nsponsors: [甲\n' });
    const { diagnostics } = await resolveMeta({ file: path.join(root, 'issue.md') });
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.file === path.join(root, 'bulletin.yaml') && d.rule === 'front-matter/yaml-syntax')).toBe(true);
  });
});
