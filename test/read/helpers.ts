import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Block, Footnote } from '../../src/model/document.js';
import { collectDefinitions } from '../../src/read/collectDefinitions.js';
import { convertBody } from '../../src/read/convertBody.js';
import { parseMarkdown } from '../../src/read/parseMarkdown.js';

/** Absolute path of a file under test/fixtures/read/. */
export function fixture(...parts: string[]): string {
  return fileURLToPath(new URL(`../fixtures/read/${parts.join('/')}`, import.meta.url));
}

/** Absolute path of the reference issue. */
export const referenceIssue = fileURLToPath(new URL('../../examples/2014-04.md', import.meta.url));

/**
 * Markdown body → model blocks and footnotes, as readIssue converts them (without metadata).
 * No file is read, so the Markdown must hold no figure (an image alone in its paragraph): test
 * figures with readIssue on a fixture.
 */
export function blocksOf(
  markdown: string,
  file = '/issue.md',
): { blocks: Block[]; footnotes: Footnote[]; diagnostics: Diagnostic[] } {
  const tree = parseMarkdown(markdown);
  return convertBody(tree, { file, source: markdown, definitions: collectDefinitions(tree), figures: new Map() });
}

// Every project a test file made is removed when that file's tests are done.
const projects: string[] = [];
afterAll(async () => {
  await Promise.all(projects.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

/**
 * Write files into a fresh temporary project (it has a `.git` folder, so no bulletin.yaml
 * outside it is picked up).
 *
 * @returns The project's absolute path.
 */
export async function tempProject(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'bulletin-read-'));
  projects.push(root);
  await mkdir(path.join(root, '.git'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}
