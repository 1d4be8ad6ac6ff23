// `npm pack` / `npm publish` hooks: `node scripts/pack.mjs before` (prepack), `... after` (postpack).
//
// before: builds dist/ unless it is already built from the sources as they are (so packing during
// the test suite does not rebuild dist/ under the other tests), then takes the `prepare` script
// out of package.json for the tarball. `prepare` builds dist/ in a clone and for git installs; in
// a tarball dist/ is built already, and npm counts a tarball's `prepare` as an install script
// (a warning about allowScripts, and an error under --strict-allow-scripts) although it never
// runs it. after: puts package.json back byte for byte.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIsFresh } from './buildStamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = `${root}package.json`;
const backup = `${root}node_modules/.cache/bulletin-pack/package.json`;

function writeAtomic(file, text) {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, file);
}

function restore() {
  if (!existsSync(backup)) return;
  writeAtomic(manifest, readFileSync(backup, 'utf8'));
  rmSync(backup);
}

const step = process.argv[2];
if (step === 'before') {
  restore(); // a pack that failed half-way left its backup behind
  if (!buildIsFresh(root)) execFileSync(process.execPath, [`${root}scripts/bundle.mjs`], { cwd: root, stdio: 'inherit' });
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  if (pkg.scripts?.prepare) {
    mkdirSync(`${root}node_modules/.cache/bulletin-pack`, { recursive: true });
    writeFileSync(backup, text);
    delete pkg.scripts.prepare;
    writeAtomic(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
  }
} else if (step === 'after') {
  restore();
} else {
  process.stderr.write('usage: node scripts/pack.mjs before|after\n');
  process.exit(2);
}
