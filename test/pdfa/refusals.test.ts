import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { referenceIssue, tempDir } from '../e2e/reference.js';

// What a PDF/A file cannot hold is refused under --pdfa with the reason, never written half-true:
// a CMYK JPEG (DeviceCMYK beside the sRGB output intent) and a missing glyph (.notdef).

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/**
 * A 1×1 baseline JPEG with four components (CMYK) whose marker structure is sound: pdfkit embeds
 * it without decoding, as it does any JPEG, so the scan data need not draw anything.
 */
function cmykJpeg(): Uint8Array {
  const components = [1, 2, 3, 4];
  return new Uint8Array([
    0xff, 0xd8,
    0xff, 0xc0, 0x00, 0x14, 0x08, 0x00, 0x01, 0x00, 0x01, 0x04, ...components.flatMap((c) => [c, 0x11, 0x00]),
    0xff, 0xda, 0x00, 0x0e, 0x04, ...components.flatMap((c) => [c, 0x00]), 0x00, 0x3f, 0x00,
    0x00,
    0xff, 0xd9,
  ]);
}

async function issueWith(body: string, files: Record<string, Uint8Array> = {}): Promise<{ dir: string; file: string }> {
  const source = await readFile(referenceIssue, 'utf8');
  const front = /^---\n[\s\S]*?\n---\n/.exec(source)?.[0] ?? '';
  const dir = await tempDir('pdfa-refuse');
  dirs.push(dir);
  const file = path.join(dir, 'issue.md');
  await writeFile(file, `${front}\n${body}\n`);
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(dir, name), bytes);
  return { dir, file };
}

describe('--pdfa refuses what PDF/A cannot hold', () => {
  it('a CMYK JPEG: an error naming the picture, nothing written; without --pdfa it is embedded', async () => {
    const { dir, file } = await issueWith('正文。\n\n![图](cmyk.jpg)\n', { 'cmyk.jpg': cmykJpeg() });
    const refused = await buildIssue(file, { outDir: path.join(dir, 'a'), systemFontDirs: [], pdfa: true });
    expect(refused.output).toBeUndefined();
    const error = refused.diagnostics.find((d) => d.severity === 'error');
    expect(error).toMatchObject({ rule: 'pdfa/cmyk-picture', file: path.join(dir, 'cmyk.jpg') });
    expect(error?.message).toContain('cmyk.jpg');
    expect(error?.hint).toContain('RGB');
    const print = await buildIssue(file, { outDir: path.join(dir, 'p'), systemFontDirs: [] });
    expect(print.output).toBeDefined();
  });

  it('a character no font has: an error at its place, not a warning', async () => {
    const { dir, file } = await issueWith('正文𓀀。\n');
    const refused = await buildIssue(file, { outDir: path.join(dir, 'a'), systemFontDirs: [], pdfa: true });
    expect(refused.output).toBeUndefined();
    expect(refused.diagnostics.find((d) => d.rule === 'fonts/missing-glyph')).toMatchObject({ severity: 'error', file });
    const print = await buildIssue(file, { outDir: path.join(dir, 'p'), systemFontDirs: [] });
    expect(print.output).toBeDefined();
    expect(print.diagnostics.find((d) => d.rule === 'fonts/missing-glyph')?.severity).toBe('warning');
  });
});
