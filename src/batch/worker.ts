// The worker-thread entry, bundled as dist/worker.js. Each worker is a separate module graph, so
// it parses each font once (src/fonts/loadFont.ts caches per module instance) for all its issues.
import { buildOne } from './buildOne.js';

export default buildOne;
