import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../e2e/reference.js';
import { writeSharedFields } from '../fixtures/batch/archive.js';

// A two-year archive for the volume tests (issue 11.3), made from the reference issue as
// bench/archive.mjs makes its own: the shared fields in bulletin.yaml; each year's 2nd issue holds
// three articles (`#`), one of them with `break: page`; the others are the reference's body, two
// sections (`##`) each, and they end with the same picture (embedded once in a volume).

/** One generated issue. */
export interface VolumeArchiveIssue {
  readonly file: string;
  readonly year: number;
  readonly issue: number;
  readonly serial: number;
  /** The titles the volume's contents lists for it: its articles, or its sections. */
  readonly listed: readonly string[];
}

/** The article titles of a year's 2nd issue. */
export const ARTICLES = ['金桥会议在沪召开', '全球创新中心挂牌成立', '借鉴他国经验的几点思考'] as const;

/** The reference's body cut into three articles: the opening, section 一 and section 二. */
function articles(body: string): string {
  const [opening, first, second] = body.split(/^## .*$/m);
  return `# ${ARTICLES[0]}\n${opening}\n# ${ARTICLES[1]}\n${first}\n# ${ARTICLES[2]}\n${second}`;
}

/**
 * Writes the archive into `dir` (a project folder: see `tempDir`): 2014-01.md … 2015-03.md.
 *
 * @returns The issues in publication order.
 */
export async function makeVolumeArchive(dir: string, perYear = 3): Promise<VolumeArchiveIssue[]> {
  const body = await writeSharedFields(dir);
  await mkdir(path.join(dir, 'images'));
  await copyFile(path.join(repoRoot, 'examples', 'images', 'chart.png'), path.join(dir, 'images', 'chart.png'));
  const pictured = `${body}\n![各季度研发投入指数](images/chart.png)\n`;
  const sections = [...body.matchAll(/^## (.*)$/gm)].map((m) => m[1] ?? '');
  const issues: VolumeArchiveIssue[] = [];
  for (const year of [2014, 2015]) {
    for (let issue = 1; issue <= perYear; issue++) {
      const serial = issues.length + 1;
      const many = issue === 2;
      const extra = many && year === 2014 ? 'break: page\n' : '';
      const file = path.join(dir, `${year}-${String(issue).padStart(2, '0')}.md`);
      const date = `${year}-${String(issue * 3).padStart(2, '0')}-1${issue}`;
      await writeFile(file, `---\nissue: ${issue}\nserial: ${serial}\ndate: ${date}\n${extra}---\n${many ? articles(body) : pictured}`);
      issues.push({ file, year, issue, serial, listed: many ? ARTICLES : sections });
    }
  }
  return issues;
}
