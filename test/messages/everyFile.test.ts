import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontReport } from '../../src/batch/fontReport.js';
import { typesetIssue } from '../../src/build/buildIssue.js';
import { repoRoot, tempDir } from '../e2e/reference.js';

// Issue 10.6: every warning names its file, also those about text that has no line in the issue
// (the masthead from bulletin.yaml) and about a folder's fonts. Issue 9.5: every diagnostic's words
// come from the message catalogue, so that each exists in Chinese and English.

let dir: string;

beforeAll(async () => {
  dir = await tempDir('every-file');
  // U+1F004 is in no bundled font; the title and sponsors print in the masthead.
  await writeFile(path.join(dir, 'bulletin.yaml'), 'title: 金桥会议传真🀄\nsponsors: [上海产业技术研究院🀅]\nfonts: {body: NoSuchFontAtAll}\n');
  await writeFile(path.join(dir, '2014-04.md'), '---\nissue: 4\ndate: 2014-10-17\n---\n\n正文。\n');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('every warning names its file', () => {
  it('when a build warns of the masthead’s missing glyphs and a missing font', async () => {
    const issue = path.join(dir, '2014-04.md');
    const { diagnostics } = await typesetIssue(issue, { systemFontDirs: [] });
    expect(diagnostics.map((d) => d.rule).sort()).toEqual(['fonts/missing-glyph', 'fonts/missing-glyph', 'fonts/not-found']);
    // The masthead's text has no line in the issue: its glyphs are the issue's; the font is named in bulletin.yaml.
    for (const d of diagnostics) expect(d.file, d.message).toBe(d.rule === 'fonts/not-found' ? path.join(dir, 'bulletin.yaml') : issue);
  });

  it('when `bulletin fonts` in a folder warns of a missing font: the bulletin.yaml', async () => {
    const report = await fontReport({ dir, systemFontDirs: [] });
    expect(report.diagnostics.map((d) => [d.rule, d.file])).toEqual([['fonts/not-found', path.join(dir, 'bulletin.yaml')]]);
  });
});

describe('the words of diagnostics, help and usage errors', () => {
  it('are all in the message catalogue: no literal message, hint or description in the code', async () => {
    const src = path.join(repoRoot, 'src');
    const files = (await readdir(src, { recursive: true })).filter((f) => f.endsWith('.ts') && !f.startsWith(`messages${path.sep}`));
    // A diagnostic's `message:`/`hint:`, commander's descriptions and help texts, a flag's bad value.
    const literal = /\b(?:message|hint)\s*:\s*['"`]|\.(?:description|argument|option|addHelpText)\([^)]*,\s*['"`]|\.description\(\s*['"`]|new (?:InvalidArgumentError|Option)\([^,]+,\s*['"`]/;
    const found: string[] = [];
    for (const file of files) {
      const lines = (await readFile(path.join(src, file), 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (literal.test(line)) found.push(`src/${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
