import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The front matter of a valid issue: the fewest fields the jinqiao template needs. */
export const FRONT_MATTER = '---\ntitle: 测试简报\nyear: 2014\nissue: 4\ndate: 2014-10-17\nsponsors: [某某研究院]\n---\n';

/**
 * Writes a small valid issue into `dir` (a folder from `tempDir`, so no bulletin.yaml above it applies).
 *
 * @param dir The folder.
 * @param name The file name (optional, default `2014-04.md`).
 * @param body The Markdown after the front matter (optional).
 * @returns The issue's path.
 */
export async function tinyIssue(dir: string, name = '2014-04.md', body = '本期要目。\n\n## 一、会议\n\n会议于上午召开。\n'): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `${FRONT_MATTER}\n${body}`);
  return file;
}

/** An error as Node's file system throws it: `code`, `syscall` and, when given, `path`. */
export function errnoError(code: string, syscall: string, at?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall}${at === undefined ? '' : ` '${at}'`}`), { code, syscall, ...(at === undefined ? {} : { path: at }) });
}
