// The 24-issue archive of the batch tests (test/fixtures/batch/archive.ts), for the bench: the
// reference issue's shared fields in bulletin.yaml, 2014-01.md … 2016-08.md with serials 1–24.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** Writes the archive into `dir` (with a .git marker, so no bulletin.yaml above it applies). */
export async function makeArchive(dir) {
  const source = await readFile(new URL('../examples/2014-04.md', import.meta.url), 'utf8');
  const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  const shared = parse(frontMatter);
  for (const field of ['year', 'issue', 'serial', 'date']) delete shared[field];
  await mkdir(path.join(dir, '.git'), { recursive: true });
  await writeFile(path.join(dir, 'bulletin.yaml'), stringify(shared));
  let serial = 0;
  for (const year of [2014, 2015, 2016]) {
    for (let issue = 1; issue <= 8; issue++) {
      const month = String(2 + Math.floor((issue - 1) / 2)).padStart(2, '0');
      const date = `${year}-${month}-${issue % 2 === 1 ? '05' : '20'}`;
      await writeFile(path.join(dir, `${year}-${String(issue).padStart(2, '0')}.md`), `---\nissue: ${issue}\nserial: ${++serial}\ndate: ${date}\n---\n${body}`);
    }
  }
}
