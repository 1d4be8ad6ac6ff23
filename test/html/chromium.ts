import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildIssue, typesetIssue, type Bookmark, type BuildResult } from '../../src/index.js';
import { tempDir } from '../e2e/reference.js';

/** Debian's Chromium, which .ci/run installs (`apt-get install -y chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

// No network chatter of the browser's own (updates, sync, QUIC probes), so every request a test
// sees comes from the page.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** A headless Chromium with a fresh profile, and how to close it and remove the profile. */
export interface Chromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium. A missing browser is a failure with the fix in the message, never a
 * skip: the HTML is only tested when a real browser has rendered it.
 *
 * @param executablePath The browser (optional, default {@link CHROMIUM}).
 */
export async function launchChromium(executablePath = CHROMIUM): Promise<Chromium> {
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is not installed at ${executablePath}; the HTML tests need a real browser. Install it with \`apt-get install -y chromium\` (.ci/run does).`);
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), 'bulletin-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** An issue built to PDF and HTML in a temporary folder, its page open in Chromium. */
export interface OpenedIssue {
  readonly dir: string;
  readonly result: BuildResult;
  /** The PDF's bookmarks, which the page's headings must match. */
  readonly bookmarks: readonly Bookmark[];
  readonly browser: Chromium;
  readonly page: Page;
  readonly url: string;
  /** Every URL the page requested. */
  readonly requests: readonly string[];
  /** Closes the browser and removes the folder. */
  close(): Promise<void>;
}

/** Builds `issue` with `-f both` into a fresh folder and opens its page at 900 × 1200 px, fonts loaded. */
export async function openIssueInChromium(issue: string, prefix: string): Promise<OpenedIssue> {
  const dir = await tempDir(prefix);
  const result = await buildIssue(issue, { outDir: dir, format: 'both', systemFontDirs: [], cacheDir: path.join(dir, 'cache') });
  const bookmarks = (await typesetIssue(issue, { systemFontDirs: [] })).typeset?.bookmarks ?? [];
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewportSize({ width: 900, height: 1200 });
  const url = pathToFileURL(path.join(dir, `${path.basename(issue, '.md')}.html`)).href;
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  return {
    dir,
    result,
    bookmarks,
    browser,
    page,
    url,
    requests,
    async close() {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
