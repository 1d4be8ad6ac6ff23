// What dist/ was built from: a hash of the sources and build settings, written by bundle.mjs after
// a complete build (declarations included) and compared by pack.mjs, which rebuilds when it differs.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const stampFile = (root) => join(root, 'node_modules', '.cache', 'bulletin-build.json');

/** SHA-256 over src/ and the files that decide how it is built. */
export function buildInputsHash(root) {
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .concat(['scripts/bundle.mjs', 'tsconfig.json', 'tsconfig.types.json', 'package-lock.json'].map((f) => join(root, f)))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** Records that dist/ now holds a complete build of the current sources. */
export function writeBuildStamp(root) {
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  writeFileSync(stampFile(root), JSON.stringify({ inputs: buildInputsHash(root) }));
}

/** True when dist/ holds a complete build of the sources as they are now. */
export function buildIsFresh(root) {
  const file = stampFile(root);
  if (!existsSync(file) || !existsSync(join(root, 'dist', 'types', 'index.d.ts'))) return false;
  try {
    return JSON.parse(readFileSync(file, 'utf8')).inputs === buildInputsHash(root);
  } catch {
    return false;
  }
}
