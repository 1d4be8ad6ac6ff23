import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../packageRoot.js';

/**
 * The bundled worker (dist/worker.cjs). Found from the package root rather than from this module,
 * which lives in a chunk of the bundle or, under the tests, in src/: Node cannot start a worker
 * from TypeScript, so both use the bundle.
 *
 * @throws When the bundle has not been built (`npm run build`).
 */
export function workerFile(): string {
  const file = path.join(packageRoot(), 'dist', 'worker.cjs');
  if (!existsSync(file)) throw new Error(`bulletin: ${file} is missing; run \`npm run build\` to build in parallel`);
  return file;
}
