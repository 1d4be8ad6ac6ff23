import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_NAME } from '../../src/batch/manifest.js';
import { buildBatch, type BatchOptions, type BatchReport } from '../../src/index.js';
import { tempDir } from '../e2e/reference.js';
import { makeArchive, type ArchiveIssue } from '../fixtures/batch/archive.js';

// Incremental builds through the library, one job (in this process). The project's bulletin.yaml
// is at its root and the issues one folder down, so a bulletin.yaml can appear between them.

const dirs: string[] = [];
let root: string;
let issues: ArchiveIssue[];
let out: string;

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

beforeEach(async () => {
  root = await tempDir('incremental');
  dirs.push(root);
  const archive = path.join(root, 'archive');
  await mkdir(archive);
  issues = await makeArchive(archive, { years: [2014], perYear: 2 });
  await writeFile(path.join(root, 'bulletin.yaml'), await readFile(path.join(archive, 'bulletin.yaml')));
  await rm(path.join(archive, 'bulletin.yaml'));
  out = path.join(root, 'out');
});

function batch(options: Omit<BatchOptions, 'outDir' | 'systemFontDirs' | 'jobs'> = {}): Promise<BatchReport> {
  return buildBatch(
    issues.map((i) => i.file),
    { outDir: out, systemFontDirs: [], jobs: 1, ...options },
  );
}

const statuses = (r: BatchReport): string[] => r.issues.map((i) => `${path.basename(i.file)} ${i.status}`);

describe('incremental builds', () => {
  it('skip issues whose inputs are unchanged, and say which outputs are up to date', async () => {
    expect(statuses(await batch())).toEqual(['2014-01.md built', '2014-02.md built']);
    const again = await batch();
    expect(statuses(again)).toEqual(['2014-01.md skipped', '2014-02.md skipped']);
    expect(again.issues[0]?.outputs).toEqual([path.join(out, '2014-01.pdf')]);
    expect([again.built, again.skipped, again.failed]).toEqual([0, 2, 0]);
  }, 30_000);

  it('record in the output folder’s manifest the hash of every input and output', async () => {
    await batch();
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST_NAME), 'utf8')) as {
      issues: Record<string, { inputs: Record<string, string>; outputs: Record<string, string> }>;
    };
    expect(Object.keys(manifest.issues)).toEqual(['../archive/2014-01.md', '../archive/2014-02.md']);
    const entry = manifest.issues['../archive/2014-01.md'];
    expect(Object.keys(entry?.outputs ?? {})).toEqual(['2014-01.pdf']);
    const inputs = Object.keys(entry?.inputs ?? {});
    expect(inputs.slice(0, 2)).toEqual(['../archive/2014-01.md', '../bulletin.yaml']);
    // The bundled fonts are part of bulletin: its version, also hashed, covers them.
    expect(inputs.some((i) => i.endsWith('fonts/NotoSerifSC-Regular.otf'))).toBe(false);
  }, 30_000);

  it('rebuild an issue whose file changed, and only that one', async () => {
    await batch();
    const file = (issues[1] as ArchiveIssue).file;
    await writeFile(file, (await readFile(file, 'utf8')).replace('本次会议主题', '这次会议主题'));
    expect(statuses(await batch())).toEqual(['2014-01.md skipped', '2014-02.md built']);
  }, 30_000);

  it('rebuild every issue when bulletin.yaml changes, or a new one applies', async () => {
    await batch();
    const config = path.join(root, 'bulletin.yaml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('交流资料 仅供参考', '内部资料 注意保存'));
    expect(statuses(await batch())).toEqual(['2014-01.md built', '2014-02.md built']);
    await writeFile(path.join(root, 'archive', 'bulletin.yaml'), 'disclaimer: 内部资料\n');
    expect(statuses(await batch())).toEqual(['2014-01.md built', '2014-02.md built']);
    expect(statuses(await batch())).toEqual(['2014-01.md skipped', '2014-02.md skipped']);
  }, 30_000);

  it('rebuild an output that was removed or changed since', async () => {
    await batch();
    await rm(path.join(out, '2014-01.pdf'));
    await writeFile(path.join(out, '2014-02.pdf'), 'not the PDF bulletin wrote');
    expect(statuses(await batch())).toEqual(['2014-01.md built', '2014-02.md built']);
  }, 30_000);

  it('rebuild when an option that shapes the output changes, and on force', async () => {
    await batch();
    expect(statuses(await batch({ punctuation: 'kaiming' }))).toEqual(['2014-01.md built', '2014-02.md built']);
    expect(statuses(await batch({ punctuation: 'kaiming', sourceDateEpoch: 1_700_000_000 }))).toEqual(['2014-01.md built', '2014-02.md built']);
    expect(statuses(await batch({ punctuation: 'kaiming', sourceDateEpoch: 1_700_000_000, force: true }))).toEqual(['2014-01.md built', '2014-02.md built']);
  }, 30_000);

  it('treat a damaged manifest as no manifest', async () => {
    await batch();
    await writeFile(path.join(out, MANIFEST_NAME), '{ "manifest": 1, "issues": ');
    expect(statuses(await batch())).toEqual(['2014-01.md built', '2014-02.md built']);
    expect(statuses(await batch())).toEqual(['2014-01.md skipped', '2014-02.md skipped']);
  }, 30_000);
});

describe('a batch with a failing issue', () => {
  it('builds the others, writes nothing for the failing one and does not record it', async () => {
    const bad = (issues[0] as ArchiveIssue).file;
    await writeFile(bad, (await readFile(bad, 'utf8')).replace('issue: 1', 'issue: one'));
    const report = await batch();
    expect(statuses(report)).toEqual(['2014-01.md failed', '2014-02.md built']);
    expect(report.issues[0]?.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}`)).toEqual(['2:8 error']);
    expect(existsSync(path.join(out, '2014-01.pdf'))).toBe(false);
    expect(statuses(await batch())).toEqual(['2014-01.md failed', '2014-02.md skipped']);
  }, 30_000);
});
