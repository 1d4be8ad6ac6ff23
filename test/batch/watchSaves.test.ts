import { mkdir, open, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { watchIssue, type BuildResult } from '../../src/index.js';
import { tempDir } from '../e2e/reference.js';
import { FRONT_MATTER, tinyIssue } from '../faults/tinyIssue.js';

// Editors save in several steps: truncate then write, a new file renamed over the old one, or (vim)
// the old one renamed away and a new one written. Each save must give one build, told once, of the
// whole new text, however the steps are spaced.

const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The issue's text with a section heading that names the save. */
const text = (save: string): string => `${FRONT_MATTER}\n本期要目。\n\n## ${save}\n\n会议于上午召开。\n`;

/** The ways a save reaches the disk, each as an editor does it. */
const saves: Record<string, (file: string, content: string) => Promise<void>> = {
  'in one write (truncate and write, as writeFile does)': (file, content) => writeFile(file, content),
  'truncated, then written 60 ms later': async (file, content) => {
    await truncate(file, 0);
    await sleep(60);
    await writeFile(file, content);
  },
  'written in two parts 2 ms apart': async (file, content) => {
    const bytes = Buffer.from(content);
    const handle = await open(file, 'w');
    try {
      await handle.write(bytes, 0, 40, 0);
      await sleep(2);
      await handle.write(bytes, 40, bytes.length - 40, 40);
    } finally {
      await handle.close();
    }
  },
  'written beside it and renamed over it': async (file, content) => {
    const temporary = `${file}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, file);
  },
  'renamed away, then written anew 30 ms later (vim)': async (file, content) => {
    await rename(file, `${file}~`);
    await sleep(30);
    await writeFile(file, content);
    await rm(`${file}~`);
  },
};

/** Watches `file`, keeping what each build told; `nextBuild` resolves when the next one is told. */
async function watchTold(file: string, dir: string): Promise<{ watcher: Awaited<ReturnType<typeof watchIssue>>; told: BuildResult[]; nextBuild: () => Promise<void> }> {
  const told: BuildResult[] = [];
  let onTold: (() => void) | undefined;
  const watcher = await watchIssue(file, {
    outDir: path.join(dir, 'out'),
    systemFontDirs: [],
    onBuild: (result) => {
      told.push(result);
      onTold?.();
    },
  });
  return { watcher, told, nextBuild: () => new Promise<void>((resolve) => (onTold = resolve)) };
}

describe('watchIssue and the ways editors save', () => {
  it('builds each save once, of its whole text', async () => {
    const dir = await tempDir('watch-saves');
    dirs.push(dir);
    const file = await tinyIssue(dir);
    const { watcher, told, nextBuild } = await watchTold(file, dir);
    try {
      await watcher.ready;
      expect(told).toHaveLength(1);
      for (const [how, save] of Object.entries(saves)) {
        const before = told.length;
        const built = nextBuild();
        await save(file, text(how));
        await built;
        // Long enough for a second build of the same save to be told, were there one.
        await sleep(400);
        expect({ how, builds: told.length - before }).toEqual({ how, builds: 1 });
        const last = told.at(-1);
        expect({ how, diagnostics: last?.diagnostics }).toEqual({ how, diagnostics: [] });
        expect({ how, sections: last?.summary?.sections }).toEqual({ how, sections: [`一、${how}`] });
      }
    } finally {
      await watcher.close();
    }
  }, 60_000);

  it('sees a save of the file a symbolic link to the issue points to', async () => {
    const dir = await tempDir('watch-link');
    dirs.push(dir);
    await mkdir(path.join(dir, 'drafts'));
    const target = await tinyIssue(path.join(dir, 'drafts'));
    const file = path.join(dir, '2014-04.md');
    await symlink(target, file);
    const { watcher, told, nextBuild } = await watchTold(file, dir);
    try {
      const built = nextBuild();
      await writeFile(target, text('linked'));
      await built;
      expect(told.at(-1)?.summary?.sections).toEqual(['一、linked']);
    } finally {
      await watcher.close();
    }
  }, 30_000);
});
