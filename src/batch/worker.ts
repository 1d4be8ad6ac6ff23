// The worker-thread entry, bundled as dist/worker.js. Each worker loads the engine
// (src/cli/loadEngine.ts, with the code V8 compiled for it in an earlier run) and so parses each
// font once (src/fonts/loadFont.ts caches per module instance) for all its issues.
import { join } from 'node:path';
import { defaultCacheDir } from '../cacheDir.js';
import { loadEngine } from '../cli/loadEngine.js';
import { packageRoot } from '../packageRoot.js';

const loaded = loadEngine(join(packageRoot(), 'dist'), process.env['BULLETIN_NO_CODE_CACHE'] === '1' ? null : defaultCacheDir(process.env));

export default loaded ? loaded.engine.buildOne : (await import('./buildOne.js')).buildOne;
