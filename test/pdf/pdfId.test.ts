import { createHash } from 'node:crypto';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/index.js';
import { PENDING_PDF_ID, stampPdfId } from '../../src/render/pdf/pdfId.js';
import { referenceIssue, tempDir } from '../e2e/reference.js';

// The file identifier (/ID) is made from the finished bytes (issue 13: hashing the typeset pages
// cost a fifth of a long issue's painting). It must stay reproducible, follow the content, and
// not depend on where the inputs lie.

const ID = /\/ID \[<([0-9a-f]{32})> <([0-9a-f]{32})>\]/;
const pending = `/ID [<${'0'.repeat(32)}> <${'0'.repeat(32)}>]`;
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

/** The two identifiers of a PDF's trailer (or cross-reference stream: the last /ID of the file). */
function trailerIds(pdf: Uint8Array): [string, string] {
  const match = [...Buffer.from(pdf).toString('latin1').matchAll(new RegExp(ID, 'g'))].at(-1);
  if (!match) throw new Error('no /ID in the trailer');
  return [match[1] as string, match[2] as string];
}

/** The PDF's bytes with its /ID put back to the pending one. */
function withPendingId(pdf: Uint8Array): Buffer {
  const text = Buffer.from(pdf).toString('latin1');
  return Buffer.from(text.replace(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\](?![\s\S]*\/ID \[)/, pending), 'latin1');
}

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex').slice(0, 32);

/** Builds `source` as an issue named 2014-04.md in a fresh folder of its own. */
async function build(source: string): Promise<Buffer> {
  const dir = await tempDir('pdfid');
  dirs.push(dir);
  const file = path.join(dir, '2014-04.md');
  await writeFile(file, source);
  const result = await buildIssue(file, { outDir: path.join(dir, 'out'), systemFontDirs: [] });
  if (!result.output) throw new Error(`build failed: ${JSON.stringify(result.diagnostics)}`);
  return await readFile(result.output);
}

describe('stampPdfId', () => {
  const file = (body: string): Buffer => Buffer.from(`%PDF-1.7\n${body}\ntrailer\n<<\n/Size 3\n${pending}\n>>\nstartxref\n9\n%%EOF\n`, 'latin1');

  it('replaces both pending identifiers with the hash of the file as written', () => {
    const written = file('1 0 obj << >> endobj');
    const expected = sha(written);
    const stamped = stampPdfId(Buffer.from(written));
    expect(trailerIds(stamped)).toEqual([expected, expected]);
    expect(expected).not.toBe('0'.repeat(32));
    expect(stamped.length).toBe(written.length);
  });

  it('gives the same bytes the same identifier and other bytes another', () => {
    const a = trailerIds(stampPdfId(file('BT (a) Tj ET')))[0];
    expect(trailerIds(stampPdfId(file('BT (a) Tj ET')))[0]).toBe(a);
    expect(trailerIds(stampPdfId(file('BT (b) Tj ET')))[0]).not.toBe(a);
  });

  it('leaves an identifier that is not pending as it is', () => {
    const given = Buffer.from(`%PDF-1.7\ntrailer\n<<\n/ID [<${'07'.repeat(16)}> <${'07'.repeat(16)}>]\n>>\n%%EOF\n`, 'latin1');
    expect(stampPdfId(Buffer.from(given)).equals(given)).toBe(true);
    expect(PENDING_PDF_ID).toEqual(new Uint8Array(16));
  });
});

describe('the /ID of a built issue', () => {
  it('is the hash of the file with its /ID pending, the same from any folder, and follows the text', async () => {
    const source = await readFile(referenceIssue, 'utf8');
    const first = await build(source);
    expect(first.subarray(0, 9).toString('latin1')).toBe('%PDF-1.7\n');
    const [id, again] = trailerIds(first);
    expect(again).toBe(id);
    expect(sha(withPendingId(first))).toBe(id);

    // Another folder, so another absolute path for the issue: the same bytes.
    const elsewhere = await build(source);
    expect(elsewhere.equals(first)).toBe(true);

    // One character of the body changed: another identifier.
    const edited = source.replace('本次会议主题为', '本次会议主题是');
    expect(edited).not.toBe(source);
    expect(trailerIds(await build(edited))[0]).not.toBe(id);
  }, 60_000);
});
