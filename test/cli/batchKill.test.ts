import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/batch/manifest.js';
import { readPdf } from '../e2e/pdfText.js';
import { tempDir } from '../e2e/reference.js';
import { makeArchive } from '../fixtures/batch/archive.js';
import { bulletin, ensureBundle, exited, linesOf, start } from './batchRun.js';

// Issue 5, "atomic outputs": a batch killed with SIGKILL — no handler runs, worker threads die
// with the process — leaves only whole PDFs under *.pdf names, and a manifest that vouches for
// nothing it did not finish. The next run builds what is missing.

let dir: string;
let names: string[];

beforeAll(async () => {
  await ensureBundle();
  dir = await tempDir('batch-kill');
  names = (await makeArchive(dir)).map((i) => path.basename(i.file, '.md'));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every *.pdf of the folder: one of the issues', complete (%PDF- … %%EOF) and readable. */
async function expectWholePdfs(folder: string): Promise<string[]> {
  const pdfs = existsSync(folder) ? (await readdir(folder)).filter((f) => f.endsWith('.pdf')) : [];
  for (const pdf of pdfs) {
    expect(names, pdf).toContain(path.basename(pdf, '.pdf'));
    const bytes = await readFile(path.join(folder, pdf));
    expect(bytes.subarray(0, 5).toString('latin1'), pdf).toBe('%PDF-');
    expect(bytes.subarray(-7).toString('latin1').trim(), pdf).toBe('%%EOF');
  }
  // pdfjs reads the first and the last to the end: a truncated cross-reference table would fail here.
  for (const pdf of [pdfs[0], pdfs.at(-1)]) if (pdf) expect((await readPdf(await readFile(path.join(folder, pdf)))).pageCount).toBe(3);
  return pdfs;
}

/** The manifest, if written, is whole JSON and names only outputs present with the bytes it recorded. */
async function expectHonestManifest(folder: string): Promise<void> {
  const file = path.join(folder, MANIFEST_NAME);
  if (!existsSync(file)) return;
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { issues: Record<string, { outputs: Record<string, string> }> };
  for (const entry of Object.values(manifest.issues)) {
    for (const [name, hash] of Object.entries(entry.outputs)) {
      expect(createHash('sha256').update(await readFile(path.join(folder, name))).digest('hex'), name).toBe(hash);
    }
  }
}

describe('a batch killed with SIGKILL', () => {
  it('leaves no half-written PDF, and the next run completes the archive', async () => {
    const out = path.join(dir, 'out');
    // Killed twice at different moments (after the first and after the third PDF of a run), then run to the end.
    for (const after of [1, 3]) {
      const child = start(['build', '.', '-o', 'out', '--jobs', '2'], dir);
      await linesOf(child, /^(wrote|up to date:) /, after).catch(() => undefined);
      child.kill('SIGKILL');
      expect(await exited(child)).toBe('SIGKILL');
      await expectWholePdfs(out);
      await expectHonestManifest(out);
    }
    const last = await bulletin(['build', '.', '-o', 'out', '--jobs', '2', '--json'], dir);
    expect(last.code, last.stderr).toBe(0);
    const report = JSON.parse(last.stdout) as { built: number; skipped: number };
    expect(report.built + report.skipped).toBe(24);
    expect((await expectWholePdfs(out)).sort()).toEqual(names.map((n) => `${n}.pdf`));
    await expectHonestManifest(out);
  }, 120_000);
});
