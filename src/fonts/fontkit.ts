import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Fontkit from 'fontkit';
import { packageRoot } from '../packageRoot.js';

let loaded: typeof Fontkit | undefined;

/**
 * fontkit, loaded on first use (about 100 ms: its start-up unpacks unicode and shaping tables).
 * The bundled fonts need it only to embed a subset and for runs their tables cannot shape
 * (fontTable.ts); configured and installed fonts are parsed with it. The build bundles it on its
 * own as dist/fontkit.cjs (scripts/bundle.mjs); from the sources, the package is used.
 */
export function fontkit(): typeof Fontkit {
  if (!loaded) {
    const requireCjs = createRequire(import.meta.url);
    const bundled = join(packageRoot(), 'dist', 'fontkit.cjs');
    loaded = requireCjs(existsSync(bundled) ? bundled : 'fontkit') as typeof Fontkit;
  }
  return loaded;
}

/** Whether fontkit has been loaded in this process (tests: the bundled fonts' layout needs none). */
export function fontkitLoaded(): boolean {
  return loaded !== undefined;
}
