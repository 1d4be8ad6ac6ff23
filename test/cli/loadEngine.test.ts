import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/cli/loadEngine.js';
import { packageRoot } from '../../src/packageRoot.js';

// Issue 13: the commands run in dist/engine.cjs, whose compiled code V8 keeps between runs: the
// build's own cache (dist/engine.v8cache) for the Node that built it, else one in the user's cache.
const root = packageRoot();
const dist = path.join(root, 'dist');
const work = mkdtempSync(path.join(tmpdir(), 'bulletin-engine-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const run = promisify(execFile);

const codeFiles = (cacheDir: string): string[] => (existsSync(path.join(cacheDir, 'code')) ? readdirSync(path.join(cacheDir, 'code')) : []);

describe('the engine', () => {
  it('runs with the code the build compiled for this Node, and writes no cache of its own', () => {
    const cacheDir = path.join(work, 'fresh');
    const loaded = loadEngine(dist, cacheDir);
    expect(loaded?.codeCache).toBe('build');
    expect(typeof loaded?.engine.runCli).toBe('function');
    expect(typeof loaded?.engine.buildOne).toBe('function');
    loaded?.saveCodeCache();
    expect(codeFiles(cacheDir)).toEqual([]);
  });

  it('compiles afresh when the engine is not the one the cache was made from, keeps that code, and uses it next time', async () => {
    // A copy of the package's dist/ whose engine differs by a comment: the build's cache is not for it.
    const copy = path.join(work, 'package', 'dist');
    mkdirSync(copy, { recursive: true });
    cpSync(path.join(root, 'package.json'), path.join(work, 'package', 'package.json'));
    for (const name of ['engine.cjs', 'engine.json', 'engine.v8cache']) cpSync(path.join(dist, name), path.join(copy, name));
    writeFileSync(path.join(copy, 'engine.cjs'), `${readFileSync(path.join(dist, 'engine.cjs'), 'utf8')}\n// changed\n`);
    const cacheDir = path.join(work, 'user');
    // What an older engine left there is removed when this one's is written.
    mkdirSync(path.join(cacheDir, 'code'), { recursive: true });
    const stale = `engine-0000000000000000-${process.versions.v8}-${process.arch}.bin`;
    writeFileSync(path.join(cacheDir, 'code', stale), 'stale');
    const first = loadEngine(copy, cacheDir);
    expect(first?.codeCache).toBe('none');
    // It works: --version through the engine's own CLI.
    let out = '';
    const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, env: {}, cwd: work };
    expect(await first?.engine.runCli(['--version'], io)).toBe(0);
    expect(out).toMatch(/^bulletin \d/);
    first?.saveCodeCache();
    const written = codeFiles(cacheDir);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(new RegExp(`^engine-[0-9a-f]{16}-${process.versions.v8.replace(/[.]/g, '\\.')}-${process.arch}\\.bin$`));
    expect(loadEngine(copy, cacheDir)?.codeCache).toBe('user');
  });

  it('is written in ASCII, so it is read into a one-byte string without decoding', () => {
    const bytes = readFileSync(path.join(dist, 'engine.cjs'));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  });

  it('runs without any cache when asked (BULLETIN_NO_CODE_CACHE=1)', () => {
    expect(loadEngine(dist, null)?.codeCache).toBe('none');
  });

  it('is what the bulletin command runs, cache or none, to the same bytes', async () => {
    const issue = path.join(root, 'examples', '2014-04.md');
    const build = async (name: string, env: Record<string, string>): Promise<Buffer> => {
      await run(process.execPath, [path.join(root, 'bin', 'bulletin.js'), 'build', issue, '-o', path.join(work, name), '--force'], {
        env: { ...process.env, XDG_CACHE_HOME: path.join(work, `cache-${name}`), ...env },
      });
      return readFileSync(path.join(work, name, '2014-04.pdf'));
    };
    const [cached, uncached] = await Promise.all([build('cached', {}), build('uncached', { BULLETIN_NO_CODE_CACHE: '1' })]);
    expect(cached.equals(uncached)).toBe(true);
    expect(codeFiles(path.join(work, 'cache-uncached', 'bulletin'))).toEqual([]);
  }, 60_000);
});
