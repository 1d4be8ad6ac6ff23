import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/decodeText.js';
import { readIssue } from '../../src/read/readIssue.js';
import { MAX_TEXT_FILE_BYTES, readTextFile } from '../../src/read/readTextFile.js';
import { gbkEncode, utf16Encode } from './gbkEncode.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const issue = '---\ntitle: 金桥会议传真\nissue: 4\ndate: 2014-10-17\nsponsors: [上海产业技术研究院]\n---\n\n## 一、加强国际合作\n\n“创新中心”正式成立；韩国科技政策研究院（STEPI）。\n';

function iconv(text: string): Uint8Array | undefined {
  try {
    return new Uint8Array(execFileSync('iconv', ['-f', 'utf-8', '-t', 'gbk'], { input: text }));
  } catch {
    return undefined; // No iconv on this machine: the encoder is checked by decoding alone.
  }
}

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8(issue))).toEqual({ text: issue, encoding: 'UTF-8' });
    expect(decodeText(utf8(`\uFEFF${issue}`))).toEqual({ text: issue, encoding: 'UTF-8' });
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    expect(decodeText(utf16Encode(issue, 'le'))).toEqual({ text: issue, encoding: 'UTF-16 LE' });
    expect(decodeText(utf16Encode(issue, 'be'))).toEqual({ text: issue, encoding: 'UTF-16 BE' });
  });

  it('reads GBK ("ANSI" on Chinese Windows) as GB18030', () => {
    const bytes = gbkEncode(issue);
    const reference = iconv(issue);
    if (reference) expect(bytes).toEqual(reference);
    expect(decodeText(bytes)).toEqual({ text: issue, encoding: 'GB18030' });
  });

  it('puts the first bad byte at its line and column, counting characters before it', () => {
    const bytes = new Uint8Array([...utf8('第一行\n第二行ab'), 0xff, 0x41, 0x0a]);
    expect(decodeText(bytes)).toMatchObject({ line: 2, column: 6, byte: '0xFF', encoding: 'UTF-8' });
  });

  it('does not take Latin-1 or binary bytes for Chinese', () => {
    // "café crème" in Latin-1: é (0xE9) followed by a space is no GB18030 pair.
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]))).toMatchObject({ line: 1, column: 4, byte: '0xE9' });
    // Decodes as GB18030, but to characters Chinese prose does not use (Latin-1 ÿÿ and so on).
    expect(decodeText(new Uint8Array([0x41, 0x81, 0x30, 0x81, 0x30, 0x0a]))).toMatchObject({ line: 1, column: 2, byte: '0x81' });
  });

  it('reports a lone surrogate in UTF-16 at its place', () => {
    const bytes = utf16Encode('ab\ncd\ud800e', 'le');
    expect(decodeText(bytes)).toMatchObject({ line: 2, column: 3, encoding: 'UTF-16 LE' });
  });
});

describe('readTextFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bulletin-encoding-'));
    await mkdir(path.join(dir, '.git'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('warns about GB18030 and UTF-16, naming the encoding and how to convert', async () => {
    const file = path.join(dir, 'gbk.md');
    await writeFile(file, gbkEncode(issue));
    const read = await readTextFile(file, 'issue');
    expect(read.text).toBe(issue);
    expect(read.diagnostics).toMatchObject([
      {
        file,
        severity: 'warning',
        rule: 'read/encoding',
        message: 'the issue is saved in GB18030, not UTF-8; it was read as GB18030',
        hint: expect.stringContaining('bulletin check --fix') as unknown,
      },
    ]);
    await writeFile(file, utf16Encode(issue, 'be'));
    expect((await readTextFile(file, 'config')).diagnostics).toMatchObject([{ rule: 'read/encoding', message: expect.stringMatching(/^bulletin.yaml is saved in UTF-16 BE/) as unknown }]);
  });

  it('refuses a folder, a named pipe and a device at once, naming what it is', async () => {
    const fifo = path.join(dir, 'fifo.md');
    execFileSync('mkfifo', [fifo]);
    const zero = path.join(dir, 'zero.md');
    await symlink('/dev/zero', zero);
    const cases = [
      [dir, 'a folder'],
      [fifo, 'a named pipe (FIFO)'],
      [zero, 'a device'],
    ] as const;
    for (const [file, what] of cases) {
      const read = await readTextFile(file, 'issue');
      expect(read.text).toBeUndefined();
      expect(read.diagnostics).toMatchObject([{ file, line: 0, severity: 'error', rule: 'read/not-a-file', message: `cannot read the issue: it is ${what}, not a regular file` }]);
    }
  });

  it('refuses a socket', async () => {
    const file = path.join(dir, 'socket.md');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(file, resolve));
    try {
      expect((await readTextFile(file, 'issue')).diagnostics).toMatchObject([
        { file, severity: 'error', rule: 'read/not-a-file', message: 'cannot read the issue: it is a socket, not a regular file' },
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses a file over the limit without reading it', async () => {
    const file = path.join(dir, 'huge.md');
    await writeFile(file, '');
    await truncate(file, MAX_TEXT_FILE_BYTES + 1); // Sparse: no disk is written.
    expect((await readTextFile(file, 'issue')).diagnostics).toMatchObject([{ rule: 'read/too-large', message: 'the issue is 10.1 MB, more than the 10 MB bulletin reads' }]);
  });

  it('reports undecodable bytes at their line and column', async () => {
    const file = path.join(dir, 'bad.md');
    await writeFile(file, new Uint8Array([...utf8('---\ntitle: 金桥'), 0xc0, 0xaf, 0x0a]));
    expect((await readTextFile(file, 'issue')).diagnostics).toMatchObject([{ file, line: 2, column: 10, severity: 'error', rule: 'read/invalid-encoding' }]);
  });
});

describe('reading an issue in another encoding', () => {
  it('keeps the lines and columns of later diagnostics right', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bulletin-encoding-'));
    try {
      await mkdir(path.join(dir, '.git'));
      const text = issue.replace('issue: 4', 'issue: 四');
      for (const bytes of [gbkEncode(text), utf16Encode(text, 'le'), utf8(`\uFEFF${text}`)]) {
        const file = path.join(dir, 'issue.md');
        await writeFile(file, bytes);
        const { diagnostics } = await readIssue(file);
        const error = diagnostics.find((d) => d.severity === 'error');
        expect(error).toMatchObject({ line: 3, column: 8, rule: 'front-matter/invalid-value' });
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
