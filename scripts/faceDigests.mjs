// dist/fonts/faces.json: the size and SHA-256 of each bundled font file, so that a build whose
// font subsets are cached finds them without reading and hashing 12 MB fonts
// (src/render/subset/sfntFace.ts readFace).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeFaceDigests(root) {
  const faces = {};
  for (const file of readdirSync(join(root, 'fonts')).filter((f) => /\.(otf|ttf)$/i.test(f)).sort()) {
    const bytes = readFileSync(join(root, 'fonts', file));
    faces[file] = { size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  writeFileSync(join(root, 'dist', 'fonts', 'faces.json'), `${JSON.stringify(faces, null, 1)}\n`);
}
