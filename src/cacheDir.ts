import { homedir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from './packageRoot.js';

/**
 * The folder of bulletin's caches (HTML font subsets, the font name index): `$XDG_CACHE_HOME/bulletin`
 * when set, else the platform's per-user cache folder (`~/.cache`, `~/Library/Caches`,
 * `%LOCALAPPDATA%`), so that a global install, whose own folder a clerk cannot write to, still
 * caches. Without a home folder, `node_modules/.cache/bulletin` in bulletin's own folder.
 *
 * @param env The environment (optional, default `process.env`).
 * @param platform The operating system (optional, default `process.platform`).
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg) return join(xdg, 'bulletin');
  if (platform === 'win32' && env['LOCALAPPDATA']) return join(env['LOCALAPPDATA'], 'bulletin', 'Cache');
  let home = env['HOME'] ?? '';
  if (home === '') {
    try {
      home = homedir();
    } catch {
      home = '';
    }
  }
  if (home === '') return join(packageRoot(), 'node_modules', '.cache', 'bulletin');
  return platform === 'darwin' ? join(home, 'Library', 'Caches', 'bulletin') : join(home, '.cache', 'bulletin');
}
