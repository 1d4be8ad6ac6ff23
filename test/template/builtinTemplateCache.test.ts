import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/packageRoot.js';
import { builtinTemplatesDigest, cachedBuiltinTemplate } from '../../src/template/builtinTemplateCache.js';
import { builtinTemplateNames, madeBuiltinTemplate } from '../../src/template/loadTemplate.js';

// Issue 13: the build makes the built-in templates once (dist/templates.json); a run takes them
// from there instead of parsing YAML and checking the schema (~30 ms of a cold start).
const root = packageRoot();
const work = mkdtempSync(path.join(tmpdir(), 'bulletin-template-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built-in templates made by the build', () => {
  it.each(builtinTemplateNames())('give %s exactly as its files make it', (name) => {
    expect(cachedBuiltinTemplate(name, root)).toStrictEqual(madeBuiltinTemplate(name));
  });

  it('are not used once a template file differs from what the build read', () => {
    // Two copies of the package's templates and of dist/templates.json; in the second, one template edited.
    const copy = (name: string): string => {
      const dir = path.join(work, name);
      cpSync(path.join(root, 'templates'), path.join(dir, 'templates'), { recursive: true });
      mkdirSync(path.join(dir, 'dist'), { recursive: true });
      cpSync(path.join(root, 'dist', 'templates.json'), path.join(dir, 'dist', 'templates.json'));
      return dir;
    };
    const same = copy('same');
    const edited = copy('edited');
    const file = path.join(edited, 'templates', 'jianbao', 'template.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n# edited\n`);
    expect(cachedBuiltinTemplate('jianbao', same)).toStrictEqual(madeBuiltinTemplate('jianbao'));
    expect(cachedBuiltinTemplate('jianbao', edited)).toBeUndefined();
    expect(cachedBuiltinTemplate('jinqiao', edited)).toBeUndefined();
  });
});
