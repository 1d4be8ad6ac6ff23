import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { catchStray } from '../../src/batch/catchStray.js';
import { outputFs } from '../../src/build/outputFs.js';
import { watchIssue, type BuildResult } from '../../src/index.js';
import { tempDir } from '../e2e/reference.js';
import { tinyIssue } from './tinyIssue.js';

// An exception thrown outside any promise chain (a library callback that throws, as pdfkit's zlib
// callback did on a huge PNG) fails the one build it happened in: a batch goes on, `watch` survives.

// Vitest counts any uncaught exception as a failed run: its own listeners step aside while a
// test throws one on purpose, and come back after.
let vitestListeners: NodeJS.UncaughtExceptionListener[] = [];
let dir: string;

beforeAll(async () => {
  dir = await tempDir('stray');
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const l of vitestListeners) process.on('uncaughtException', l);
  vitestListeners = [];
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function stepAside(): void {
  vitestListeners = process.listeners('uncaughtException');
  process.removeAllListeners('uncaughtException');
}

/** A write that never finishes because a callback threw instead. */
function strayWrite(): Promise<void> {
  setImmediate(() => {
    throw new RangeError('thrown in a callback');
  });
  return new Promise<void>(() => undefined);
}

describe('catchStray', () => {
  it('turns an exception thrown in a callback into the rejection of the work, then lets go of the process', async () => {
    stepAside();
    await expect(catchStray(strayWrite)).rejects.toThrow('thrown in a callback');
    expect(process.listeners('uncaughtException')).toEqual([]);
    await expect(catchStray(async () => 42)).resolves.toBe(42);
  });
});

describe('watchIssue', () => {
  it('survives a build that fails hard: the crash is reported, and the next save builds', async () => {
    const file = await tinyIssue(dir);
    const out = path.join(dir, 'out');
    stepAside();
    const write = outputFs.writeFile;
    vi.spyOn(outputFs, 'writeFile').mockImplementationOnce(strayWrite).mockImplementation(write);
    const crashes: unknown[] = [];
    const built: BuildResult[] = [];
    let onBuilt: (() => void) | undefined;
    const watcher = await watchIssue(file, {
      outDir: out,
      systemFontDirs: [],
      onBuild: (r) => {
        built.push(r);
        onBuilt?.();
      },
      onCrash: (e) => crashes.push(e),
    });
    try {
      await watcher.ready;
      expect(built).toEqual([]);
      expect(crashes).toHaveLength(1);
      expect(String(crashes[0])).toContain('thrown in a callback');
      const rebuilt = new Promise<void>((resolve) => (onBuilt = resolve));
      await writeFile(file, (await readFile(file, 'utf8')) + '\n再补一段。\n');
      await rebuilt;
      expect(built[0]?.outputs).toEqual([path.join(out, '2014-04.pdf')]);
    } finally {
      await watcher.close();
    }
  }, 30_000);
});
