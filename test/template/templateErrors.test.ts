import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIssue } from '../../src/index.js';
import { loadTemplate } from '../../src/template/loadTemplate.js';
import { bulletin, ensureBundle } from '../cli/batchRun.js';
import { repoRoot, tempDir } from '../e2e/reference.js';

const fixtures = fileURLToPath(new URL('../fixtures/template/', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await tempDir('template-errors');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes `template.yaml` into a fresh folder of the temporary project and loads it as `./NAME`. */
async function load(name: string, yaml: string): Promise<Awaited<ReturnType<typeof loadTemplate>>> {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, 'template.yaml'), yaml);
  return loadTemplate(`./${name}`, { file: path.join(dir, 'bulletin.yaml'), line: 1, column: 11 });
}

describe('a template with mistakes', () => {
  it('is answered by the CLI with every mistake at its file, line and column, and exit 1', async () => {
    await ensureBundle();
    const out = await bulletin(['build', path.join(fixtures, 'bad', 'issue.md'), '--out-dir', dir], repoRoot);
    expect(out.code).toBe(1);
    const file = path.join('test', 'fixtures', 'template', 'bad', 'template.yaml');
    // A wrong type, an unknown field (with a did-you-mean), and a logo that is not there.
    expect(out.stderr).toContain(`${file}:4:51: error: template field "grid.size" must be a number, not "sixteen"`);
    expect(out.stderr).toContain(`${file}:5:1: error: unknown template field "pagenumber"`);
    expect(out.stderr).toContain('did you mean `pageNumber`?');
    expect(out.stderr).toMatch(new RegExp(`${file.replaceAll('/', '\\/')}:8:26: error: image file "emblem.png" not found`));
    expect(out.stderr).toContain("a logo is a JPEG or PNG in the template's own folder");
    expect(out.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('says so in Chinese with --lang zh', async () => {
    const out = await bulletin(['build', path.join(fixtures, 'bad', 'issue.md'), '--out-dir', dir, '--lang', 'zh'], repoRoot);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('模板字段“grid.size”应为数字');
  });

  it('names a colour the template does not define, at the colour', async () => {
    const { loaded, diagnostics } = await load('colour', 'name: c\nextends: jinqiao\ndisclaimer: { role: body, size: 12, spaceBefore: 1, colour: gold }\n');
    expect(loaded).toBeUndefined();
    expect(diagnostics).toMatchObject([{ file: path.join(dir, 'colour', 'template.yaml'), line: 3, column: 61, rule: 'template/unknown-colour' }]);
    expect(diagnostics[0]?.message).toContain('"gold"');
  });

  it('names a placeholder that is no field, and a [ section never closed', async () => {
    const yaml = [
      'name: p',
      'extends: jinqiao',
      'masthead:',
      '  parts:',
      "    - { kind: issueLine, pattern: '{year}年第{isue}期', role: body, size: 14 }",
      "    - { kind: text, text: '[编号：{title}', role: body, size: 12 }",
      '',
    ].join('\n');
    const { diagnostics } = await load('pattern', yaml);
    expect(diagnostics.map((d) => [d.line, d.rule])).toEqual([
      [5, 'template/pattern'],
      [6, 'template/pattern'],
    ]);
    expect(diagnostics[0]?.message).toContain('{isue}');
  });

  it('names a masthead part of no known kind with the kinds there are', async () => {
    const { diagnostics } = await load('kind', 'name: k\nextends: jinqiao\nmasthead:\n  parts:\n    - { kind: banner, size: 12 }\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toContain('masthead.parts.0.kind');
    expect(diagnostics[0]?.message).toContain('title, logo, issueLine, text, sponsors, date, rule');
    expect(diagnostics[0]?.line).toBe(5);
  });

  it('reports a template that cannot be found, and one that extends itself, where they are named', async () => {
    const missing = await loadTemplate('./nowhere', { file: path.join(dir, 'bulletin.yaml'), line: 3, column: 11 });
    expect(missing.diagnostics).toMatchObject([{ file: path.join(dir, 'bulletin.yaml'), line: 3, column: 11, rule: 'template/not-found' }]);
    const loop = await load('loop', 'name: loop\nextends: ../loop\n');
    expect(loop.diagnostics).toMatchObject([{ file: path.join(dir, 'loop', 'template.yaml'), line: 2, column: 10, rule: 'template/extends' }]);
  });

  it('lists what is missing from a template that extends nothing', async () => {
    const { diagnostics } = await load('bare', 'name: bare\n');
    expect(diagnostics.map((d) => d.message)).toContain('template field "page" is missing');
    expect(diagnostics.every((d) => d.file === path.join(dir, 'bare', 'template.yaml'))).toBe(true);
  });
});

describe('front-matter fields a template declares', () => {
  it('reports a required one that the issue lacks at its front matter', async () => {
    const source = await readFile(path.join(fixtures, 'archive', '2014-05.md'), 'utf8');
    const issue = path.join(dir, 'no-number.md');
    await writeFile(issue, source.replace('number: "0042"\n', '').replace('template: ../ours', `template: ${path.join(fixtures, 'ours')}`));
    const { document, diagnostics } = await readIssue(issue);
    expect(document).toBeUndefined();
    expect(diagnostics).toMatchObject([{ file: issue, line: 1, column: 1, rule: 'front-matter/missing-field' }]);
    expect(diagnostics[0]?.message).toBe('front matter field "number" is missing');
    expect(diagnostics[0]?.hint).toContain('number: "0042"');
  });

  it('keeps a declared field as written and refuses it elsewhere as unknown', async () => {
    const { document } = await readIssue(path.join(fixtures, 'archive', '2014-05.md'));
    expect(document?.meta.fields).toEqual({ number: '0042' });
    const { diagnostics } = await readIssue(path.join(repoRoot, 'examples', '2014-04.md'), { overrides: { number: '7' } as never });
    expect(diagnostics.some((d) => d.rule === 'front-matter/unknown-field')).toBe(true);
  });
});
