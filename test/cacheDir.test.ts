import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheDir } from '../src/cacheDir.js';

describe('defaultCacheDir', () => {
  it('takes XDG_CACHE_HOME first, then the platform’s per-user cache folder', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x', HOME: '/h' }, 'linux')).toBe(join('/x', 'bulletin'));
    expect(defaultCacheDir({ HOME: '/home/ann' }, 'linux')).toBe(join('/home/ann', '.cache', 'bulletin'));
    expect(defaultCacheDir({ HOME: '/Users/ann' }, 'darwin')).toBe(join('/Users/ann', 'Library', 'Caches', 'bulletin'));
    expect(defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'win32')).toBe(join('C:\\Users\\ann\\AppData\\Local', 'bulletin', 'Cache'));
  });
});
