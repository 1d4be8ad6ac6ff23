import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_FACES } from '../../src/fonts/fontCandidates.js';
import { bundledFontDir, resolveFonts } from '../../src/fonts/resolveFonts.js';

// Issue 12: a template names the installed faces it wants for a role (jianbao's and gongwen's 仿宋
// body), before the customary ones; the bundled Song stays the last resort, and `fonts:` wins.

// A real font file stands in for an installed FangSong: the bundled Kai under simfang.ttf's name.
const bundledKai = join(bundledFontDir(), BUNDLED_FACES.kai);
const made: string[] = [];
function folderWith(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bulletin-prefer-'));
  made.push(dir);
  copyFileSync(bundledKai, join(dir, file));
  return dir;
}
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const fangsong = { body: ['仿宋_GB2312', '仿宋', 'FangSong'] };

describe('resolveFonts with a template’s preferred faces', () => {
  it('takes an installed face the template prefers for a role, silently passing over the missing ones', () => {
    const dir = folderWith('simfang.ttf');
    const { fonts, diagnostics } = resolveFonts({ systemDirs: [dir], preferred: fangsong });
    expect(diagnostics).toEqual([]);
    expect(fonts.roles.body).toMatchObject({ source: 'system', file: join(dir, 'simfang.ttf') });
    expect(fonts.roles.kai.source).toBe('bundled');
  });

  it('falls back to the bundled Song when none is installed, and yields to fonts: and --fonts bundled', () => {
    const none = resolveFonts({ systemDirs: [], preferred: fangsong });
    expect(none.diagnostics).toEqual([]);
    expect(none.fonts.roles.body).toMatchObject({ source: 'bundled', file: join(bundledFontDir(), BUNDLED_FACES.body) });
    const dir = folderWith('simfang.ttf');
    const configured = resolveFonts({ systemDirs: [dir], preferred: fangsong, configured: { body: join(bundledFontDir(), BUNDLED_FACES.title) } });
    expect(configured.fonts.roles.body.source).toBe('configured');
    const bundledOnly = resolveFonts({ systemDirs: [dir], preferred: fangsong, bundledOnly: true });
    expect(bundledOnly.fonts.roles.body.source).toBe('bundled');
  });
});
