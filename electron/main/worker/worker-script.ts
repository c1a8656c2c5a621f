import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Where a worker's code is: built JavaScript, or the TypeScript source (tests, the bench). */
export interface WorkerScript {
  readonly file: string;
  readonly isSource: boolean;
}

/** The workers main starts, each built as its own file beside the bundle. */
export type WorkerName = 'read-worker' | 'import-worker';

/**
 * A worker's code: built beside the bundle that runs main (out/main or out/preview), or, when
 * main runs from source (tests, the bench), the TypeScript file through tsx.
 */
export function workerScript(bundleDir: string, name: WorkerName): WorkerScript {
  const built = path.join(bundleDir, `${name}.js`);
  if (fs.existsSync(built)) return { file: built, isSource: false };
  return { file: path.join(import.meta.dirname, `${name}.ts`), isSource: true };
}

/**
 * A worker thread running `script`. Node's `--import tsx` does not reach worker threads, so the
 * source is loaded by a two-line starter that registers tsx first.
 */
export function startWorker(script: WorkerScript, workerData: unknown): Worker {
  if (!script.isSource) return new Worker(script.file, { workerData });
  const starter = `import('tsx/esm/api').then(({ register }) => {
    register();
    return import(${JSON.stringify(pathToFileURL(script.file).href)});
  });`;
  return new Worker(starter, { eval: true, workerData });
}
