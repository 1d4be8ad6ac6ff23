// dist/engine.json and dist/engine.v8cache: the engine's digest, and V8's compiled code of it for
// this Node, made by one build of the reference issue as PDF and HTML (the code a build compiles
// as it goes is cached with the top level). src/cli/loadEngine.ts uses the cache only when the
// digest, the V8 version and the architecture match; another Node makes its own in the user's cache.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Escapes the engine's few non-ASCII characters (esbuild leaves those of regular expression
 * literals as they are) as `\uXXXX`, which means the same in a string, a regular expression or
 * an identifier. An ASCII file is read into a one-byte string, without decoding UTF-8 (half the
 * memory and faster to scan; src/cli/loadEngine.ts).
 */
function escapeNonAscii(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

export function writeEngineCache(root) {
  const dist = path.join(root, 'dist');
  escapeNonAscii(path.join(dist, 'engine.cjs'));
  const sha256 = createHash('sha256').update(readFileSync(path.join(dist, 'engine.cjs'))).digest('hex');
  writeFileSync(path.join(dist, 'engine.json'), `${JSON.stringify({ sha256 })}\n`);
  const work = mkdtempSync(path.join(os.tmpdir(), 'bulletin-engine-cache-'));
  try {
    const cache = path.join(work, 'cache');
    execFileSync(process.execPath, [path.join(root, 'bin', 'bulletin.js'), 'build', path.join(root, 'examples', '2014-04.md'), '-o', path.join(work, 'out'), '-f', 'both', '--force'], {
      cwd: work,
      env: { ...process.env, XDG_CACHE_HOME: cache, SOURCE_DATE_EPOCH: '0', BULLETIN_NO_CODE_CACHE: '' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const code = path.join(cache, 'bulletin', 'code');
    const [made] = readdirSync(code).filter((name) => name.endsWith('.bin'));
    if (!made) throw new Error('bundle: the reference build made no code cache');
    renameSync(path.join(code, made), path.join(dist, 'engine.v8cache'));
    writeFileSync(path.join(dist, 'engine.json'), `${JSON.stringify({ sha256, v8: process.versions.v8, arch: process.arch })}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
