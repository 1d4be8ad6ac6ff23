import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

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
