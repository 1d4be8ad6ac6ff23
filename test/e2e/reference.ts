import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the reference issue. */
export const referenceIssue = fileURLToPath(new URL('../../examples/2014-04.md', import.meta.url));

/** The repository root (where package.json and bin/ live). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Geometry of the jinqiao template (docs/layout.md A.1), in points; `top` is from the top of the page. */
export const typeArea = { left: 79.37, top: 104.88, width: 432, height: 630, pitch: 18, body: 12 } as const;

/**
 * A fresh temporary folder with a `.git` marker, so no bulletin.yaml above it is picked up.
 *
 * @param prefix Name prefix of the folder.
 */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `bulletin-${prefix}-`));
  await mkdir(path.join(dir, '.git'));
  return dir;
}

/**
 * Copies the reference issue into a fresh temporary project with one front-matter line changed.
 *
 * @param from The exact line to replace (e.g. `issue: 4`).
 * @param to Its replacement.
 * @returns The project folder and the copied issue's path.
 */
export async function referenceWith(from: string, to: string): Promise<{ dir: string; file: string }> {
  const source = await readFile(referenceIssue, 'utf8');
  const lines = source.split('\n');
  const index = lines.indexOf(from);
  if (index < 0) throw new Error(`reference issue has no line ${JSON.stringify(from)}`);
  lines[index] = to;
  const dir = await tempDir('input');
  const file = path.join(dir, '2014-04.md');
  await writeFile(file, lines.join('\n'));
  return { dir, file };
}

/**
 * The text a reader should get out of the reference PDF, built from the Markdown source: the
 * masthead (docs/layout.md A.2), the body with the Markdown syntax removed, the disclaimer in
 * full-width brackets and the colophon (A.4). Whitespace is left in; compare without it.
 */
export function expectedReferenceText(source: string): string {
  const match = /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(source);
  if (!match?.[1]) throw new Error('reference issue has no front matter');
  const body = match[1]
    .split('\n')
    .map((line) => line.replace(/^>\s?/, '').replace(/^#{1,6}\s+/, ''))
    .join('\n')
    .replaceAll('**', '');
  return [
    '金桥会议传真',
    '2014年第4期（总第9期）',
    '主办单位：上海产业技术研究院',
    '上海浦东金桥技术开发区管委会',
    '上海市中国工程院院士咨询与学术活动中心',
    '2014年10月17日',
    body,
    '（交流资料\u3000仅供参考）',
    '“金桥产业技术创新会议”秘书组',
    '地址：上海科苑路 1278 号\u3000邮编：201203\u3000邮箱：jqcz@sast.org.cn',
  ].join('\n');
}

function context(text: string, at: number): string {
  return `…${text.slice(Math.max(0, at - 20), at)}⟦${text.slice(at, at + 1)}⟧${text.slice(at + 1, at + 21)}…`;
}

/**
 * Where two texts first differ, with 20 characters of context on each side, or undefined when
 * they are equal.
 */
export function firstDifference(actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined;
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
  return `texts differ at character ${i} (expected ${expected.length} characters, got ${actual.length}):\n  expected ${context(expected, i)}\n  actual   ${context(actual, i)}`;
}

/**
 * Whether `expected` occurs in `actual` as a subsequence (in order, other characters allowed in
 * between); undefined when it does, else where the first expected character went missing.
 */
export function missingFromSubsequence(actual: string, expected: string): string | undefined {
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    const found = actual.indexOf(expected[i] as string, j);
    if (found < 0) {
      return `expected character ${i} is missing from the extracted text after its character ${j}:\n  expected ${context(expected, i)}\n  actual   ${context(actual, j)}`;
    }
    j = found + 1;
  }
  return undefined;
}
