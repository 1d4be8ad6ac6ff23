// `node bench/linear.mjs [case…]`: issue 10's oversized inputs, each built once by the bundled CLI
// in a fresh process under /usr/bin/time -v, printing exit code, wall and CPU time, peak memory
// and PDF size. Inputs are made in a temporary folder (nothing big is committed). Run
// `npm run build` first; the figures belong in a change's notes, never in a test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(root, 'bin', 'bulletin.js');
if (!existsSync(path.join(root, 'dist', 'cli.cjs'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

const SENTENCE = '我们的国家正在发展科学技术和经济建设，';
const han = (n) => SENTENCE.repeat(Math.ceil(n / SENTENCE.length)).slice(0, n);
const paragraphs = (total, each) => Array.from({ length: total / each }, () => han(each)).join('\n\n');
const front = (extra = '', title = '测试简报') =>
  `---\ntitle: ${title}\nyear: 2024\nissue: 1\ndate: 2024-01-02\nsponsors:\n  - 某某单位\n${extra}---\n\n`;

/** The cases of issue 10, by name: the Markdown. */
const CASES = {
  'table cell 2,000 chars': () => `${front()}| 甲 | 乙 |\n|---|---|\n| ${han(2_000)} | 短 |\n`,
  'paragraph 5 MB Han': () => `${front()}${han(1_700_000)}\n`,
  'paragraph 5 MB one Latin word': () => `${front()}${'a'.repeat(5_000_000)}\n`,
  'paragraph 100,000 Han': () => `${front()}${han(100_000)}\n`,
  'paragraph 200,000 Han': () => `${front()}${han(200_000)}\n`,
  '100,000 Han in paragraphs of 1,000': () => `${front()}${paragraphs(100_000, 1_000)}\n`,
  '400,000 Han in paragraphs of 1,000': () => `${front()}${paragraphs(400_000, 1_000)}\n`,
  'URL 100 KB': () => `${front()}<https://example.com/${'a/b'.repeat(33_000)}>\n`,
  '50,000 brackets': () => `${front()}${'（'.repeat(25_000)}${'）'.repeat(25_000)}\n`,
  '10,000 sponsors': () => `${front(Array.from({ length: 10_000 }, (_, i) => `  - 单位${i}\n`).join(''))}正文。\n`,
  'title 200,000 chars': () => `${front('', '标题'.repeat(100_000))}正文。\n`,
  'footnote 3,000 repetitions': () => `${front()}正文[^1]。\n\n[^1]: ${'脚注内容重复。'.repeat(3_000)}\n`,
};

const wanted = process.argv.slice(2);
const dir = mkdtempSync(path.join(os.tmpdir(), 'bulletin-bench-linear-'));
try {
  for (const [name, make] of Object.entries(CASES)) {
    if (wanted.length > 0 && !wanted.some((w) => name.includes(w))) continue;
    const work = mkdtempSync(path.join(dir, 'case-'));
    // A `.git` marker stops the look-up of bulletin.yaml at the case folder.
    mkdirSync(path.join(work, '.git'));
    const file = path.join(work, 'issue.md');
    writeFileSync(file, make());
    const out = path.join(work, 'out');
    const run = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, 'build', file, '-o', out], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const field = (label) => run.stderr.split('\n').find((l) => l.trim().startsWith(label))?.split(': ').at(-1)?.trim() ?? '?';
    const cpu = Number(field('User time')) + Number(field('System time'));
    const pdf = existsSync(out) ? readdirSync(out).find((f) => f.endsWith('.pdf')) : undefined;
    const size = pdf ? `${Math.round(statSync(path.join(out, pdf)).size / 1024)} KB` : 'none';
    const status = /Exit status: (\d+)/.exec(run.stderr)?.[1] ?? String(run.status);
    console.log(`${name.padEnd(36)} exit ${status}  wall ${field('Elapsed (wall clock)').padStart(8)}  cpu ${cpu.toFixed(1).padStart(5)} s  peak ${Math.round(Number(field('Maximum resident')) / 1024)} MB  pdf ${size}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

