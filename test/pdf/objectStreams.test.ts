import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { packObjectStreams } from '../../src/render/pdf/objectStreams.js';
import { openPdf } from '../../src/render/pdf/renderPdf.js';
import { readObjects } from '../pdfa/structTree.js';
import { readPdf } from '../e2e/pdfText.js';
import { tempDir } from '../e2e/reference.js';

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** A small document as pdfkit writes it, without packing: the objects packObjectStreams moves. */
async function plainPdfkitFile(): Promise<Buffer> {
  const { doc, done } = openPdf({ title: '标题', author: '作者', subject: '', creator: 'bulletin test', creationDate: new Date(Date.UTC(2014, 3, 1)) });
  doc.addPage({ size: [200, 100], margin: 0 });
  doc.addContent('0 0 1 rg 10 10 50 20 re f');
  doc.addPage({ size: [200, 100], margin: 0 });
  doc.addContent('1 0 0 rg 20 20 30 30 re f');
  doc._id = new Uint8Array(16).fill(7);
  doc.end();
  return await done;
}

describe('object streams and a cross-reference stream', () => {
  it('hold every object that is not a stream; qpdf finds the file sound and pdfjs reads it', async () => {
    const packed = await plainPdfkitFile();
    const text = packed.toString('latin1');
    expect(text).toContain('/Type /ObjStm');
    expect(text).toContain('/Type /XRef');
    expect(text).not.toMatch(/^xref$/m);
    expect(text).not.toMatch(/^trailer$/m);
    // Only streams stand as objects of their own: the pages' contents, the object and xref streams.
    expect(text).not.toContain('/Type /Catalog');
    expect(text.endsWith('%%EOF\n')).toBe(true);
    const dir = await tempDir('objstm');
    dirs.push(dir);
    const file = path.join(dir, 'packed.pdf');
    await writeFile(file, packed);
    const { stdout } = await run('qpdf', ['--check', file]);
    expect(stdout).toContain('No syntax or stream encoding errors');
    const objects = await readObjects(file);
    expect(objects.catalog['/Type']).toBe('/Catalog');
    expect(objects.trailer['/ID']).toEqual(['b:07070707070707070707070707070707', 'b:07070707070707070707070707070707']);
    const info = objects.get(objects.trailer['/Info']);
    expect(info?.['/Creator']).toBeDefined();
    const pdf = await readPdf(packed);
    expect(pdf.pages.map((p) => [p.width, p.height])).toEqual([
      [200, 100],
      [200, 100],
    ]);
    expect(pdf.info.Title).toBe('标题');
  });

  it('are the same bytes for the same file, and leave a file pdfkit did not lay out alone', async () => {
    const a = await plainPdfkitFile();
    const b = await plainPdfkitFile();
    expect(a.equals(b)).toBe(true);
    // Packing a packed file finds no xref table: it is returned as it is.
    expect(packObjectStreams(a)).toBe(a);
    const odd = Buffer.from('%PDF-1.7\nnot what pdfkit writes\n%%EOF\n', 'latin1');
    expect(packObjectStreams(odd)).toBe(odd);
  });
});
