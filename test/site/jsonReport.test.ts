import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulletin, ensureBundle } from '../cli/batchRun.js';
import { tempDir } from '../e2e/reference.js';
import { makeArchive } from '../fixtures/batch/archive.js';

// Issue 11.5: each issue of `build --json` says its numbers, date, title, headings and outputs,
// whether it was built or found up to date, so a listing can be made from the report alone.

let dir: string;

beforeAll(async () => {
  await ensureBundle();
  dir = await tempDir('json-report');
  await makeArchive(dir, { years: [2015], perYear: 2 });
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SECTIONS = ['一、加强国际合作，SAST-SITI-STEPI 全球创新（上海）中心挂牌成立', '二、借鉴他国经验，促进上海转型发展向全球科技创新中心迈进'];

function expected(status: 'built' | 'skipped'): unknown[] {
  return [
    { file: '2015-01.md', status, year: 2015, issue: 1, serial: 1, date: '2015-02-05', pdf: 'out/2015-01.pdf', html: 'out/2015-01.html' },
    { file: '2015-02.md', status, year: 2015, issue: 2, serial: 2, date: '2015-02-20', pdf: 'out/2015-02.pdf', html: 'out/2015-02.html' },
  ].map((i) => ({ ...i, title: '金桥会议传真', articles: [], sections: SECTIONS, outputs: [i.pdf, i.html] }));
}

describe('bulletin build --json', () => {
  it('reports each issue’s year, issue, serial, date, title, articles, sections and outputs', async () => {
    const o = await bulletin(['build', '.', '-o', 'out', '-f', 'both', '--jobs', '1', '--json'], dir);
    expect(o.code, o.stderr).toBe(0);
    const report = JSON.parse(o.stdout) as { issues: unknown[] };
    expect(report.issues).toEqual(expected('built').map((i) => expect.objectContaining(i as object)));
  }, 60_000);

  it('reports the same of issues that are up to date, from the manifest', async () => {
    const o = await bulletin(['build', '.', '-o', 'out', '-f', 'both', '--json'], dir);
    expect(o.code, o.stderr).toBe(0);
    const report = JSON.parse(o.stdout) as { issues: unknown[] };
    expect(report.issues).toEqual(expected('skipped').map((i) => expect.objectContaining(i as object)));
  }, 60_000);
});
