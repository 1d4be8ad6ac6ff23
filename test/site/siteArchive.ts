import { appendFile, readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { makeArchive, type ArchiveIssue } from '../fixtures/batch/archive.js';

// The archive of the site tests (issue 11, "Done when"): 12 issues over two years from the
// reference issue, each with a word of its own that no other issue holds.

/** The word only issue `i` (from 0) holds: Latin letters, one token to any segmenter. */
export function wordOf(i: number): string {
  return `Zephyr${String.fromCharCode(97 + i)}${String.fromCharCode(97 + i)}quill`;
}

/** Writes the 12-issue archive into `dir`, each issue ending with a paragraph naming its word. */
export async function makeSiteArchive(dir: string): Promise<ArchiveIssue[]> {
  const issues = await makeArchive(dir, { years: [2014, 2015], perYear: 6 });
  for (const [i, issue] of issues.entries()) await appendFile(issue.file, `\n本期关键词：${wordOf(i)}。\n`);
  return issues;
}

/** Every file under `dir`, as paths relative to it, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
};

/** A static file server of `root` on 127.0.0.1 (any free port), as a static host serves the site. */
export async function serveFolder(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, path.normalize(pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file.endsWith(path.sep) ? path.join(file, 'index.html') : file).then(
      (data) => response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(data),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
