import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parseArgs.js';
import { runCli } from '../../src/cli/runCli.js';
import { referenceIssue, tempDir } from '../e2e/reference.js';
import { launchChromium } from './chromium.js';

describe('--format', () => {
  it('defaults to pdf and takes html, both, and -f for short', () => {
    const format = (args: string[]): unknown => {
      const inv = parseArgs(['build', 'a.md', ...args]);
      return inv.command === 'build' ? inv.format : inv;
    };
    // Without -f the library's default applies: pdf.
    expect(format([])).toBeUndefined();
    expect(format(['--format', 'html'])).toBe('html');
    expect(format(['-f', 'both'])).toBe('both');
  });

  it('refuses any other format as a usage error', () => {
    const inv = parseArgs(['build', 'a.md', '-f', 'docx']);
    expect(inv.command).toBe('usage-error');
    expect(inv.command === 'usage-error' && inv.message).toMatch(/docx/);
  });
});

describe('bulletin build -f html', () => {
  let dir: string;
  const out: string[] = [];
  let code: number;

  beforeAll(async () => {
    dir = await tempDir('html-cli');
    const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) }, env: { XDG_CACHE_HOME: path.join(dir, 'cache') }, cwd: dir };
    code = await runCli(['build', referenceIssue, '-f', 'html', '-o', dir], io);
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes DIR/<name>.html only, and says so', () => {
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, '2014-04.html'))).toBe(true);
    expect(existsSync(path.join(dir, '2014-04.pdf'))).toBe(false);
    expect(out.join('')).toMatch(/^wrote 2014-04\.html \(\d+ KB\)\n$/m);
  });

  it('keeps its font subsets in $XDG_CACHE_HOME/bulletin', () => {
    expect(existsSync(path.join(dir, 'cache', 'bulletin', 'subsets'))).toBe(true);
  });
});

describe('the browser the HTML tests need', () => {
  it('is a failure with the fix named when it is missing, not a skip', async () => {
    await expect(launchChromium('/nonexistent/chromium')).rejects.toThrow(/apt-get install -y chromium/);
  });
});
