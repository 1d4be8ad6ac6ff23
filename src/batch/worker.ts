// The worker-thread entry, bundled as dist/worker.cjs (src/batch/issueWorker.ts starts it). Each
// worker loads the engine (src/cli/loadEngine.ts, with the code V8 compiled for it in an earlier
// run) and so parses each font once (src/fonts/loadFont.ts caches per module instance) for all its
// issues, which it builds one after another in the order they came.
import { parentPort } from 'node:worker_threads';
import { loadBundledEngine } from '../cli/loadEngine.js';
import type { WorkerReply, WorkerRequest } from './issueWorker.js';

const port = parentPort;
if (!port) throw new Error('bulletin: dist/worker.cjs runs only as a worker thread');
const loaded = loadBundledEngine(process.env);
if (!loaded) throw new Error('bulletin: dist/engine.cjs is missing; run `npm run build`');
const { buildOne } = loaded.engine;
let previous = Promise.resolve();
port.on('message', ({ id, task }: WorkerRequest) => {
  // buildOne never rejects: the chain goes on after any issue.
  previous = previous.then(async () => port.postMessage({ id, outcome: await buildOne(task) } satisfies WorkerReply));
});
