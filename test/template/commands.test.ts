import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtinTemplateNames, initArchive, listTemplates, newTemplate, PLACEHOLDERS, readIssue } from '../../src/index.js';
import { tempProjects } from '../e2e/projects.js';
import { runInProcess } from '../faults/runInProcess.js';

// Issue 12, point 4: `bulletin templates`, `bulletin init --template`, `bulletin template new`.

const project = tempProjects();

const cli = runInProcess;

const date = { year: 2014, month: 10, day: 17 };

describe('listTemplates', () => {
  it('lists the built-ins with their descriptions, and finds the archive from a folder inside it', async () => {
    const dir = await project('tpl-list');
    await writeFile(path.join(dir, 'bulletin.yaml'), 'title: 区简报\n');
    await mkdir(path.join(dir, 'templates', '区简报'), { recursive: true });
    await writeFile(path.join(dir, 'templates', '区简报', 'template.yaml'), 'extends: jinqiao\ndescription: |\n  区科委的简报\n  第二行不列出\n');
    await mkdir(path.join(dir, '红头'));
    await writeFile(path.join(dir, '红头', 'template.json'), '{"extends": "gongwen"}');
    await mkdir(path.join(dir, 'broken'));
    await writeFile(path.join(dir, 'broken', 'template.yaml'), 'a: [\n');
    await mkdir(path.join(dir, 'images'));
    await mkdir(path.join(dir, '2014', 'drafts'), { recursive: true });

    const { archive, templates } = await listTemplates({ dir: path.join(dir, '2014', 'drafts') });
    expect(archive).toBe(dir);
    const builtins = templates.filter((t) => t.source === 'builtin');
    expect(builtins.map((t) => t.name)).toEqual(await builtinTemplateNames());
    expect(builtins.map((t) => t.name)).toContain('jinqiao');
    for (const t of builtins) expect(t.description, t.name).toMatch(/\S/);
    const own = templates.filter((t) => t.source === 'archive');
    expect(own).toEqual([
      expect.objectContaining({ name: '区简报', use: 'templates/区简报', description: '区科委的简报', extends: 'jinqiao' }),
      expect.objectContaining({ name: 'broken', use: './broken', unreadable: 'yaml' }),
      expect.objectContaining({ name: '红头', use: './红头', extends: 'gongwen' }),
    ]);
  });

  it('prints one line per template, and says when the archive has none of its own', async () => {
    const dir = await project('tpl-cli-list');
    const listed = await cli(['templates'], dir);
    expect(listed.code).toBe(0);
    const lines = listed.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^name\s+template:\s+description$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(await builtinTemplateNames());
    expect(listed.stdout).toMatch(/^jinqiao\s+jinqiao \(built-in\)\s+\S/m);
    expect(listed.stderr).toContain('no templates of its own');
    const zh = await cli(['--lang', 'zh', 'templates'], dir);
    expect(zh.stdout).toMatch(/^名称\s+写法（template:）\s+说明$/m);
    expect(zh.stdout).toMatch(/^jinqiao\s+jinqiao（内置）|^jinqiao\s+jinqiao \(内置\)/m);
  });
});

describe('bulletin template new', () => {
  it('writes templates/NAME/template.yaml extending the built-in, its settings as comments', async () => {
    const dir = await project('tpl-new');
    await writeFile(path.join(dir, 'bulletin.yaml'), 'title: 区简报\n');
    const made = await cli(['template', 'new', '区简报', '--from', 'jinqiao'], path.join(dir));
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toBe('templates/区简报/template.yaml\n');
    expect(made.stderr).toContain('template: templates/区简报');
    const text = await readFile(path.join(dir, 'templates', '区简报', 'template.yaml'), 'utf8');
    // As YAML it says only what it is and what it extends; every setting is a comment to uncomment.
    expect(parse(text)).toEqual({ name: '区简报', extends: 'jinqiao', description: '区简报' });
    const builtin = parse(await readFile(path.join('templates', 'jinqiao', (await readdir('templates/jinqiao')).find((f) => f.startsWith('template.')) ?? ''), 'utf8')) as { masthead: unknown };
    const settings = text.slice(text.indexOf('\ndescription:'));
    const uncommented = parse(settings.split('\n').filter((l) => l.startsWith('# ')).map((l) => l.slice(2)).join('\n')) as { masthead: unknown };
    expect(uncommented.masthead).toEqual(builtin.masthead);

    // It is listed, and a second `new` of the same name leaves it as it was.
    const listed = await cli(['templates'], dir);
    expect(listed.stdout).toMatch(/^区简报\s+templates\/区简报\s+区简报 \(extends jinqiao\)$/m);
    const again = await cli(['template', 'new', '区简报', '--from', 'jinqiao'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('exists already');
    expect(await readFile(path.join(dir, 'templates', '区简报', 'template.yaml'), 'utf8')).toBe(text);
  });

  it('extends an archive template by its relative path, and refuses bad names and unknown bases', async () => {
    const dir = await project('tpl-new-own');
    expect(await newTemplate({ name: 'a', dir })).toMatchObject({ kind: 'created', use: 'templates/a' });
    const b = await newTemplate({ name: 'b', from: 'templates/a', dir });
    expect(b.kind).toBe('created');
    expect(parse(await readFile(path.join(dir, 'templates', 'b', 'template.yaml'), 'utf8'))).toMatchObject({ extends: '../a' });
    expect(await newTemplate({ name: '../x', dir })).toEqual({ kind: 'bad-name', name: '../x' });
    expect(await newTemplate({ name: 'x', from: 'nope', dir })).toMatchObject({ kind: 'unknown-base', known: expect.arrayContaining(['jinqiao', 'a', 'b']) });
    const bad = await cli(['template', 'new', 'a:b'], dir);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toContain('"a:b" cannot be a template\'s name');
    const unknown = await cli(['--lang', 'zh', 'template', 'new', 'x', '--from', 'nope'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('没有名为“nope”的模板');
    expect((await readdir(path.join(dir, 'templates'))).sort()).toEqual(['a', 'b']);
  });
});

describe('bulletin init --template', () => {
  it('names the built-in in bulletin.yaml; without it, bulletin.yaml names none', async () => {
    const dir = await project('tpl-init');
    for (const name of await builtinTemplateNames()) {
      const init = await initArchive({ dir: path.join(dir, name), template: name, date });
      expect(init.created).toHaveLength(2);
      expect(parse(await readFile(init.config, 'utf8'))).toMatchObject({ template: name });
    }
    const plain = await initArchive({ dir: path.join(dir, 'plain'), date });
    expect(parse(await readFile(plain.config, 'utf8'))).not.toHaveProperty('template');
    await expect(initArchive({ dir: path.join(dir, 'nope'), template: 'nope', date })).rejects.toThrow(RangeError);
  });

  it('writes the fields the template declares: a required one as a placeholder, so the first issue reads as it is', async () => {
    const dir = await project('tpl-init-fields');
    const init = await initArchive({ dir, template: 'gongwen', date });
    const config = await readFile(init.config, 'utf8');
    expect(parse(config)).toMatchObject({ template: 'gongwen', 机关代字: PLACEHOLDERS.field });
    expect(config).toMatch(/^# 抄送: /m);
    const read = await readIssue(init.issue);
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(read.document?.meta.fields).toMatchObject({ 机关代字: PLACEHOLDERS.field });
  });

  it('refuses a name that is not a built-in, as a usage error listing them', async () => {
    const dir = await project('tpl-init-cli');
    const bad = await cli(['init', 'archive', '--template', 'nope'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no built-in template "nope"; the built-in templates are: .*jinqiao/);
    expect(await readdir(dir)).toEqual(['.git']);
  });
});
