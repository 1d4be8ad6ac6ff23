import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, open, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../src/diagnostics/diagnosticError.js';
import { getTemplate, pdfInfo, readIssue, typesetIssue } from '../../src/index.js';
import { LIMITS } from '../../src/read/limits.js';
import { reloadImage } from '../../src/read/reloadImage.js';
import { renderPdf } from '../../src/render/pdf/renderPdf.js';
import { repoRoot } from '../e2e/reference.js';
import { fixture, tempProject } from '../read/helpers.js';
import { chunk, ihdr, plainPng, png, zeroBomb } from './pictureBytes.js';

// Pictures past the limits, damaged or not regular files are refused at the image's place in
// the issue (issue 10), before anything large is read or inflated.

const jpeg = readFileSync(fixture('rich', 'images', 'dot.jpg'));
const head = '---\ntitle: 测试简报\nsponsors: [测试单位]\nissue: 1\ndate: 2014-12-01\n---\n\n正文。\n\n';
const imageLine = 10;
const roots: string[] = [];

afterAll(async () => {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
});

async function project(picture: Uint8Array | undefined, name = 'picture.png'): Promise<string> {
  const root = await tempProject({ 'issue.md': `${head}![图](${name})\n` });
  roots.push(root);
  if (picture !== undefined) await writeFile(path.join(root, name), picture);
  return root;
}

async function diagnosticsOf(picture: Uint8Array, name = 'picture.png') {
  const root = await project(picture, name);
  const result = await readIssue(path.join(root, 'issue.md'));
  expect(result.document).toBeUndefined();
  return result.diagnostics;
}

function withByte(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] = value;
  return copy;
}

describe('pictures past the limits', () => {
  it('refuses a PNG whose header claims 100000 × 100000 pixels, at the image', async () => {
    const huge = png(chunk('IHDR', ihdr(100_000, 100_000)), chunk('IDAT', Buffer.from([0x78, 0x9c, 3, 0, 0, 0, 0, 1])), chunk('IEND'));
    const diagnostics = await diagnosticsOf(huge);
    expect(diagnostics).toMatchObject([{ severity: 'error', rule: 'image/too-large', line: imageLine, column: 1 }]);
    expect(diagnostics[0]?.message).toBe('image "picture.png" is 100000 × 100000 pixels (10000 megapixels); a picture may have at most 50 megapixels');
  });

  it('refuses a PNG bomb (1 MB inflating to 1 GB) without inflating it', async () => {
    const bomb = png(chunk('IHDR', ihdr(1000, 1000)), chunk('IDAT', zeroBomb(1024)), chunk('IEND'));
    const root = await project(bomb);
    const before = process.memoryUsage().rss;
    const result = await readIssue(path.join(root, 'issue.md'));
    const growth = process.memoryUsage().rss - before;
    expect(result.diagnostics).toMatchObject([{ rule: 'image/damaged', line: imageLine, message: expect.stringMatching(/larger than its header says/) }]);
    expect(growth).toBeLessThan(200 * 2 ** 20);
  });

  it('refuses a PNG whose pixels would take more memory than the limit, from its header', async () => {
    // 7000 × 7000 is under 50 megapixels, but 16-bit RGBA takes 374 MB once inflated.
    const deep = png(chunk('IHDR', ihdr(7000, 7000, 6, 16)), chunk('IDAT', zeroBomb(1)), chunk('IEND'));
    expect(await diagnosticsOf(deep)).toMatchObject([{ rule: 'image/too-large', message: expect.stringMatching(/374 MB .* 64 MB/) }]);
  });

  it('refuses a file larger than the byte limit without reading it', async () => {
    const root = await project(undefined);
    const handle = await open(path.join(root, 'picture.png'), 'w');
    await handle.write(plainPng(1, 1));
    await handle.truncate(LIMITS.imageBytes + 1); // sparse: no disk space used
    await handle.close();
    const result = await readIssue(path.join(root, 'issue.md'));
    expect(result.diagnostics).toMatchObject([{ rule: 'image/too-large', line: imageLine, message: expect.stringMatching(/21 MB.*20 MB/) }]);
  });

  it('refuses a FIFO, a device behind a link and a folder without blocking', async () => {
    const root = await tempProject({ 'issue.md': `${head}![图](pipe.png)\n\n![图](dir.png)\n` });
    roots.push(root);
    execFileSync('mkfifo', [path.join(root, 'pipe.png')]);
    await mkdir(path.join(root, 'dir.png'));
    const result = await readIssue(path.join(root, 'issue.md'));
    expect(result.diagnostics).toMatchObject([
      { rule: 'image/unreadable', line: imageLine, message: 'image "pipe.png" is not a regular file (a device, a pipe or a socket)' },
      { rule: 'image/unreadable', line: imageLine + 2, message: 'image "dir.png" is a folder, not a file' },
    ]);
    const device = await readIssue(path.join(await project(undefined, '/dev/zero'), 'issue.md'), { allowOutside: true });
    expect(device.diagnostics).toMatchObject([{ rule: 'image/unreadable', message: expect.stringMatching(/not a regular file/) }]);
  });
});

describe('damaged pictures', () => {
  const sound = plainPng(4, 3);
  const idat = sound.indexOf('IDAT') - 4;
  const cases: [string, Uint8Array, RegExp][] = [
    ['a PNG with a wrong IHDR checksum', withByte(sound, 29, sound[29]! ^ 1), /IHDR chunk \(byte 8\) fails its checksum/],
    ['a truncated PNG', sound.subarray(0, sound.length - 20), /ends in the middle of a chunk/],
    ['a PNG without IEND', sound.subarray(0, sound.length - 12), /has no IEND chunk/],
    ['a PNG without IDAT', png(chunk('IHDR', ihdr(4, 3)), chunk('IEND')), /has no IDAT chunk/],
    ['a PNG with an impossible header', png(chunk('IHDR', ihdr(4, 3, 2, 4)), chunk('IEND')), /header is invalid \(bit depth 4, colour type 2\)/],
    ['an interlaced 1-bit PNG (pdfkit cannot decode it)', png(chunk('IHDR', ihdr(4, 3, 0, 1, 1)), chunk('IDAT', zeroBomb(1)), chunk('IEND')), /1-bit pixels/],
    ['a PNG whose data is cut short', png(chunk('IHDR', ihdr(40, 30)), sound.subarray(idat, sound.indexOf('IEND') - 4), chunk('IEND')), /cut short/],
    ['a PNG with an unknown row filter', png(chunk('IHDR', ihdr(1, 1, 0)), chunk('IDAT', deflateSync(Buffer.from([9, 0]))), chunk('IEND')), /cannot be decompressed/],
    ['a truncated JPEG', jpeg.subarray(0, jpeg.length - 20), /damaged JPEG file: it is cut short/],
    ['a JPEG without its end marker', jpeg.subarray(0, jpeg.length - 2), /cut short/],
    ['a 12-bit JPEG', withByte(jpeg, jpeg.indexOf(Buffer.from([0xff, 0xc0])) + 4, 12), /PDF cannot show \(12-bit/],
  ];
  for (const [name, bytes, message] of cases) {
    it(`refuses ${name}`, async () => {
      const file = name.includes('JPEG') ? 'picture.jpg' : 'picture.png';
      expect(await diagnosticsOf(bytes, file)).toMatchObject([{ severity: 'error', line: imageLine, column: 1, message: expect.stringMatching(message) }]);
    });
  }

  it('accepts the sound variants pdfkit embeds', async () => {
    for (const [colourType, bits] of [[6, 8], [6, 16], [2, 8], [0, 1], [3, 8], [4, 8]] as const) {
      const root = await project(plainPng(5, 4, colourType, bits));
      const result = await readIssue(path.join(root, 'issue.md'));
      expect(result.diagnostics, `colour type ${colourType}, ${bits} bits`).toEqual([]);
    }
  });

  it('checks a picture again when the PDF embeds it: a file damaged since is an error at the file', async () => {
    const root = await project(plainPng(2, 2));
    const file = path.join(root, 'picture.png');
    await expect(reloadImage(file)).resolves.toBeInstanceOf(Buffer);
    await writeFile(file, plainPng(2, 2).subarray(0, 40));
    const error: unknown = await reloadImage(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    expect((error as DiagnosticError).diagnostic).toMatchObject({ file, rule: 'image/changed', severity: 'error' });
  });

  it('makes the PDF renderer refuse, with that error, a picture damaged after the issue was read', async () => {
    const root = await project(plainPng(2, 2));
    const { document, typeset, shaper } = await typesetIssue(path.join(root, 'issue.md'), { systemFontDirs: [] });
    if (document === undefined || typeset === undefined || shaper === undefined) throw new Error('the issue did not typeset');
    await writeFile(path.join(root, 'picture.png'), png(chunk('IHDR', ihdr(100_000, 100_000)), chunk('IDAT', zeroBomb(1)), chunk('IEND')));
    const rendering = renderPdf(typeset, { info: pdfInfo(document), fonts: shaper.fontsByKey, colours: getTemplate(document.meta.template).colours });
    await expect(rendering).rejects.toBeInstanceOf(DiagnosticError);
  }, 30_000);
});

describe('the command line', () => {
  it('exits 1 with the place of a 100000 × 100000 PNG, no stack trace and nothing written', async () => {
    const huge = png(chunk('IHDR', ihdr(100_000, 100_000)), chunk('IDAT', zeroBomb(1)), chunk('IEND'));
    const root = await project(huge);
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env['FORCE_COLOR'];
    delete env['BULLETIN_DEBUG'];
    const outcome = await promisify(execFile)(process.execPath, [path.join(repoRoot, 'bin', 'bulletin.js'), '--lang', 'en', 'build', 'issue.md'], { cwd: root, env }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(new RegExp(`^issue\\.md:${imageLine}:1: error: image "picture\\.png" is 100000 × 100000 pixels`, 'm'));
    expect(outcome.stderr).not.toMatch(/^ {4}at /m);
    expect((await readdir(root)).sort()).toEqual(['.git', 'issue.md', 'picture.png']);
  }, 30_000);
});
