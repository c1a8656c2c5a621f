import type { Worker } from 'node:worker_threads';
import type { ImportPhase } from '../../../shared/domain/imports';
import type {
  ImportAnswer,
  ImportCloseRequest,
  ImportFailure,
  ImportJobName,
  ImportRequest,
  ImportWorkerData,
} from './import-protocol';
import type { ImportJobs } from '../modules/imports/import-jobs';
import { startWorker, workerScript, type WorkerScript } from './worker-script';

/** A job that failed in the import worker, with what kind of failure it was. */
export class ImportJobError extends Error {
  constructor(
    message: string,
    readonly failure: ImportFailure,
    readonly errcode: number | null,
  ) {
    super(message);
    this.name = 'ImportJobError';
  }
}

/** A job under way: its answer, and a way to stop it between rows. */
export interface RunningImportJob<T> {
  readonly done: Promise<T>;
  cancel(): void;
}

/** Main's side of the import worker. */
export interface ImportWorker {
  run<J extends ImportJobName>(
    job: J,
    input: Parameters<ImportJobs[J]>[0],
    onProgress?: (phase: ImportPhase, done: number, total: number) => void,
  ): RunningImportJob<ReturnType<ImportJobs[J]>>;
  close(): Promise<void>;
}

/** The import worker's code, built beside the bundle in `bundleDir` or run from source. */
export function importWorkerScript(bundleDir: string): WorkerScript {
  return workerScript(bundleDir, 'import-worker');
}

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
  progress?: (phase: ImportPhase, done: number, total: number) => void;
}

/**
 * The import worker on `file`, started on its first job (imports are rare; a thread idle all day
 * would only hold memory) and again after it stopped.
 */
export function createImportWorker(options: {
  readonly file: string;
  readonly script: WorkerScript;
}): ImportWorker {
  let worker: Worker | null = null;
  let lastId = 0;
  const waiting = new Map<number, Waiting>();

  function failAll(error: Error): void {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  }

  function started(): Worker {
    if (worker) return worker;
    const workerData: ImportWorkerData = { file: options.file };
    const created = startWorker(options.script, workerData);
    created.on('message', (answer: ImportAnswer) => {
      const pending = waiting.get(answer.id);
      if (!pending) return;
      if (answer.kind === 'progress') {
        pending.progress?.(answer.phase, answer.done, answer.total);
        return;
      }
      waiting.delete(answer.id);
      if (answer.kind === 'done') pending.resolve(answer.value);
      else pending.reject(new ImportJobError(answer.message, answer.failure, answer.errcode));
    });
    created.on('error', (error) => {
      failAll(new ImportJobError(`The import stopped: ${error.message}`, 'storage', null));
    });
    created.on('exit', () => {
      if (worker === created) worker = null;
      failAll(new ImportJobError('The import stopped.', 'storage', null));
    });
    worker = created;
    return created;
  }

  return {
    run(job, input, onProgress) {
      const id = ++lastId;
      const cancel = new SharedArrayBuffer(4);
      const request: ImportRequest = { id, job, input, cancel };
      const done = new Promise<never>((resolve, reject) => {
        waiting.set(id, {
          resolve,
          reject,
          progress: onProgress,
        });
        started().postMessage(request);
      });
      return { done, cancel: () => Atomics.store(new Int32Array(cancel), 0, 1) };
    },
    async close() {
      const current = worker;
      worker = null;
      failAll(new ImportJobError('Call Coach is closing.', 'storage', null));
      if (!current) return;
      // As with the read worker: it stops itself between jobs, never while SQLite is working.
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      const close: ImportCloseRequest = { close: true };
      current.postMessage(close);
      await exited;
    },
  };
}
