import { describe, expect, it } from 'vitest';
import type { BatchReport, IssueReport } from '../../src/batch/batchReport.js';
import { createBatchProgress } from '../../src/cli/batchProgress.js';
import type { CliIo } from '../../src/cli/runCli.js';
import { setLanguage } from '../../src/messages/language.js';

// What `build` shows while a batch runs: a bar on a terminal, plain lines in a pipe or under CI.

function io(tty: boolean, env: NodeJS.ProcessEnv = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (t: string) => out.push(t), isTTY: tty },
    stderr: { write: (t: string) => err.push(t), isTTY: tty },
    env,
    cwd: '/archive',
  };
}

const built: IssueReport = { file: '/archive/2014-01.md', status: 'built', outputs: ['/archive/out/2014-01.pdf'], pages: 3, bytes: 168_012, diagnostics: [], seconds: 0.05 };
const skipped: IssueReport = { file: '/archive/2014-02.md', status: 'skipped', outputs: ['/archive/out/2014-02.pdf'], diagnostics: [], seconds: 0.001 };
const failed: IssueReport = {
  file: '/archive/2014-03.md',
  status: 'failed',
  outputs: [],
  diagnostics: [{ file: '/archive/2014-03.md', line: 2, column: 8, severity: 'error', rule: 'front-matter/invalid-value', message: 'bad issue' }],
  seconds: 0.01,
};
const report: BatchReport = { issues: [built, skipped, failed], total: 3, built: 1, skipped: 1, failed: 1, jobs: 2, diagnostics: [], seconds: 1.234 };

function run(target: ReturnType<typeof io>, json = false): void {
  const progress = createBatchProgress(target, { json, color: false });
  progress.plan(3);
  report.issues.forEach((r, i) => progress.issue(r, i + 1, 3));
  progress.finish(report);
}

describe('batch progress', () => {
  it('prints a line per output on stdout when not on a terminal, failures and the summary on stderr', () => {
    const target = io(false);
    run(target);
    expect(target.out.join('')).toBe('wrote out/2014-01.pdf (3 pages, 164 KB)\nup to date: out/2014-02.pdf\n');
    expect(target.err.join('')).toBe('2014-03.md:2:8: error: bad issue\nfailed: 2014-03.md\n3 issues: 1 built, 1 up to date, 1 failed in 1.2 s (2 jobs)\n');
  });

  it('prints plain lines under CI even on a terminal', () => {
    const target = io(true, { CI: 'true' });
    run(target);
    expect(target.out.join('')).toContain('wrote out/2014-01.pdf');
  });

  it('draws a bar on a terminal, keeping stdout free', () => {
    const target = io(true);
    run(target);
    expect(target.out).toEqual([]);
    const err = target.err.join('');
    expect(err).toContain('2014-03.md:2:8: error: bad issue');
    expect(err).toContain('3 issues: 1 built, 1 up to date, 1 failed');
  });

  it('keeps stdout for the JSON report with --json: the lines go to stderr', () => {
    const target = io(false);
    run(target, true);
    expect(target.out).toEqual([]);
    expect(target.err.join('')).toContain('wrote out/2014-01.pdf');
  });

  it('prints no summary for a single issue', () => {
    const target = io(false);
    const progress = createBatchProgress(target, { json: false, color: false });
    progress.plan(1);
    progress.issue(built, 1, 1);
    progress.finish({ ...report, issues: [built], total: 1, skipped: 0, failed: 0 });
    expect(target.err).toEqual([]);
    expect(target.out.join('')).toBe('wrote out/2014-01.pdf (3 pages, 164 KB)\n');
  });

  it('says 1 page and 1 issue, not 1 pages and 1 issues', () => {
    const target = io(false);
    const progress = createBatchProgress(target, { json: false, color: false });
    const onePage = { ...built, pages: 1 };
    progress.plan(1);
    progress.issue(onePage, 1, 1);
    progress.finish({ ...report, issues: [onePage], total: 1, skipped: 0, failed: 0, shard: { index: 1, count: 2 } });
    expect(target.out.join('')).toBe('wrote out/2014-01.pdf (1 page, 164 KB)\n');
    expect(target.err.join('')).toBe('shard 1/2: 1 of 1 issue: 1 built, 0 up to date, 0 failed in 1.2 s (2 jobs)\n');
  });

  it('says 页 and 期 in Chinese, 1 page and 1 issue in English', () => {
    const one = { ...built, pages: 1 };
    const single: BatchReport = { issues: [one], diagnostics: [], total: 3, shard: { index: 1, count: 3 }, built: 1, skipped: 0, failed: 0, jobs: 1, seconds: 0.5 };
    const finish = (target: ReturnType<typeof io>): void => {
      const progress = createBatchProgress(target, { json: false, color: false });
      progress.plan(1);
      progress.issue(one, 1, 1);
      progress.finish(single);
    };
    const en = io(false);
    finish(en);
    expect(en.out.join('')).toBe('wrote out/2014-01.pdf (1 page, 164 KB)\n');
    expect(en.err.join('')).toBe('shard 1/3: 1 of 3 issues: 1 built, 0 up to date, 0 failed in 0.5 s (1 job)\n');
    setLanguage('zh');
    try {
      const zh = io(false);
      finish(zh);
      expect(zh.out.join('')).toBe('已写出 out/2014-01.pdf（1 页，164 KB）\n');
      expect(zh.err.join('')).toBe('第 1/3 份：共 3 期中的 1 期：排好 1 期，0 期已是最新，0 期失败，用时 0.5 秒（1 个并行任务）\n');
    } finally {
      setLanguage('en');
    }
  });
});
