import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parseArgs.js';
import { referenceWith, repoRoot, tempDir } from '../e2e/reference.js';

// The real executable, spawned as a user would run it (bin/bulletin.js loads the dist/ bundle).
// Each spawn builds at most one issue. Exit codes: 0 built, 1 document error, 2 usage error.

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin', 'bulletin.js');

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Colour off, no inherited FORCE_COLOR (it would win over NO_COLOR), no SOURCE_DATE_EPOCH, English messages. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['FORCE_COLOR', 'SOURCE_DATE_EPOCH', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  return env;
}

async function bulletin(args: readonly string[], cwd = repoRoot): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd, env: cleanEnv(), encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: unknown; stderr?: unknown };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: String(e.stdout ?? ''), stderr: String(e.stderr ?? '') };
  }
}

/** A stack trace means a bug in bulletin (STYLE.md 8): no `    at …` frame may reach the user. */
function expectNoStackTrace(o: Outcome): void {
  expect(`${o.stdout}\n${o.stderr}`).not.toMatch(/^ {4}at /m);
}

const dirs: string[] = [];
let version: string;

beforeAll(async () => {
  // `npm test` bundles before vitest runs; a bare `vitest run` may find no bundle yet.
  if (!existsSync(path.join(repoRoot, 'dist', 'cli.cjs'))) {
    await run(process.execPath, ['scripts/bundle.mjs'], { cwd: repoRoot });
  }
  version = (JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}, 60_000);

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('bulletin (the executable)', () => {
  it('--version prints the package version and exits 0', async () => {
    const o = await bulletin(['--version']);
    expect(o).toEqual({ code: 0, stdout: `bulletin ${version}\n`, stderr: '' });
  }, 30_000);

  for (const args of [['--help'], ['build', '--help']]) {
    it(`${args.join(' ')} describes build and its flags with an example, and exits 0`, async () => {
      const o = await bulletin(args);
      expect(o.code).toBe(0);
      expect(o.stderr).toBe('');
      for (const word of ['build', '--out-dir', '--strict', '--font-path']) expect(o.stdout, word).toContain(word);
      expect(o.stdout).toMatch(/Examples?:/);
      expect(o.stdout).toMatch(/\$ bulletin build \S+\.md/);
    }, 30_000);
  }

  it('rejects an unknown option with exit 2 and a message, no stack trace', async () => {
    const o = await bulletin(['build', 'examples/2014-04.md', '--bogus']);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('--bogus');
    expect(o.stdout).toBe('');
    expectNoStackTrace(o);
  }, 30_000);

  it('rejects an unknown top-level option with exit 2', async () => {
    const o = await bulletin(['--bogus']);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('--bogus');
    expectNoStackTrace(o);
  }, 30_000);

  it('rejects an unknown command with exit 2, naming it', async () => {
    const o = await bulletin(['frobnicate']);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('frobnicate');
    expectNoStackTrace(o);
  }, 30_000);

  it('rejects a missing file with exit 2, naming it', async () => {
    const o = await bulletin(['build', 'no-such-issue.md']);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('no-such-issue.md');
    expect(o.stdout).toBe('');
    expectNoStackTrace(o);
  }, 30_000);

  it('reports a document error as file:line:col, exits 1 and writes nothing', async () => {
    const { dir } = await referenceWith('issue: 4', 'issue: four');
    dirs.push(dir);
    const o = await bulletin(['build', '2014-04.md', '-o', 'out'], dir);
    expect(o.code).toBe(1);
    expect(o.stderr).toMatch(/^2014-04\.md:4:8: error: .*\bissue\b/m);
    // NO_COLOR=1: no ANSI escape sequences at all.
    expect(o.stderr).not.toContain('\u001b[');
    expect(o.stdout).toBe('');
    expectNoStackTrace(o);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(['.git', '2014-04.md']);
  }, 30_000);

  it('builds an issue into --out-dir, prints the path and exits 0', async () => {
    const outDir = await tempDir('cli');
    dirs.push(outDir);
    const o = await bulletin(['build', 'examples/2014-04.md', '-o', outDir]);
    expect(o.code, o.stderr).toBe(0);
    const pdf = path.join(outDir, '2014-04.pdf');
    expect(o.stdout).toContain(pdf);
    expect(existsSync(pdf)).toBe(true);
    expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expectNoStackTrace(o);
  }, 30_000);
});

describe('parseArgs', () => {
  it('parses a plain build', () => {
    expect(parseArgs(['build', 'a.md'])).toEqual({ command: 'build', files: ['a.md'], strict: false, fontPaths: [] });
  });

  it('parses every build flag, --font-path repeatable and in order', () => {
    expect(parseArgs(['build', 'a.md', 'b.md', '-o', 'out', '--strict', '--font-path', 'f1', '--font-path', 'f2'])).toEqual({
      command: 'build',
      files: ['a.md', 'b.md'],
      outDir: 'out',
      strict: true,
      fontPaths: ['f1', 'f2'],
    });
  });

  it('parses --fonts bundled|installed on build, check, fonts and watch, and refuses other values', () => {
    expect(parseArgs(['build', 'a.md', '--fonts', 'bundled'])).toMatchObject({ command: 'build', fonts: 'bundled' });
    expect(parseArgs(['check', 'a.md', '--fonts', 'installed'])).toMatchObject({ command: 'check', fonts: 'installed' });
    expect(parseArgs(['fonts', '--fonts', 'bundled'])).toMatchObject({ command: 'fonts', fonts: 'bundled' });
    expect(parseArgs(['watch', 'a.md', '--fonts', 'bundled'])).toMatchObject({ command: 'watch', fonts: 'bundled' });
    expect(parseArgs(['build', 'a.md', '--fonts', 'system'])).toMatchObject({ command: 'usage-error' });
  });

  it('accepts the long and = forms of --out-dir and --font-path', () => {
    expect(parseArgs(['build', '--out-dir=out', '--font-path=f', 'a.md'])).toEqual({
      command: 'build',
      files: ['a.md'],
      outDir: 'out',
      strict: false,
      fontPaths: ['f'],
    });
  });

  it('keeps no state between calls', () => {
    parseArgs(['build', 'a.md', '--font-path', 'f1', '-o', 'out', '--strict']);
    expect(parseArgs(['build', 'a.md'])).toEqual({ command: 'build', files: ['a.md'], strict: false, fontPaths: [] });
  });

  it('recognises --version and -V', () => {
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
    expect(parseArgs(['-V'])).toEqual({ command: 'version' });
  });

  it('returns help text for --help and build --help', () => {
    const top = parseArgs(['--help']);
    expect(top.command).toBe('help');
    if (top.command === 'help') expect(top.text).toContain('build');
    const build = parseArgs(['build', '--help']);
    expect(build.command).toBe('help');
    if (build.command === 'help') expect(build.text).toContain('--font-path');
  });

  it.each([
    [['build'], /files/],
    [['build', 'a.md', '--bogus'], /--bogus/],
    [['build', 'a.md', '--font-path'], /--font-path/],
    [['build', 'a.md', '-o'], /--out-dir/],
    [['frobnicate'], /frobnicate/],
  ])('reports %j as a usage error', (args, message) => {
    const invocation = parseArgs(args);
    expect(invocation.command).toBe('usage-error');
    if (invocation.command === 'usage-error') expect(invocation.message).toMatch(message);
  });
});
