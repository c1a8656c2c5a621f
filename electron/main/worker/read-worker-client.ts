import type { Worker } from 'node:worker_threads';
import { RequestError } from '../core/request-error';
import type { ReadJobName, ReadJobs } from './read-jobs';
import type { CloseRequest, ReadAnswer, ReadRequest, ReadWorkerData } from './read-protocol';
import { startWorker, workerScript, type WorkerScript } from './worker-script';

/** A job that a newer one in its lane replaced before it ran; the caller reads the newer answer. */
export class SupersededError extends RequestError {
  constructor() {
    super('conflict', 'A newer request replaced this one.');
    this.name = 'SupersededError';
  }
}

/** A job that failed in the worker; `errcode` is SQLite's when it was a storage error. */
export class ReadJobError extends Error {
  constructor(
    message: string,
    readonly errcode: number | null,
  ) {
    super(message);
    this.name = 'ReadJobError';
  }
}

/** Main's side of the read worker. */
export interface ReadWorker {
  /** Runs one job in the worker; with a lane, a newer job in that lane replaces it if still waiting. */
  run<J extends ReadJobName>(
    job: J,
    input: Parameters<ReadJobs[J]>[0],
    lane?: string,
  ): Promise<ReturnType<ReadJobs[J]>>;
  close(): Promise<void>;
}

/** The read worker's code, built beside the bundle in `bundleDir` or run from source. */
export function readWorkerScript(bundleDir: string): WorkerScript {
  return workerScript(bundleDir, 'read-worker');
}

/**
 * Starts the worker on `file` (the database) at once, since starting a thread holds up main for
 * a moment that is better spent before the first search than during it, and again on the next
 * job after it stopped. Jobs still waiting when it stops fail with a ReadJobError.
 */
export function createReadWorker(options: {
  readonly file: string;
  readonly script: WorkerScript;
}): ReadWorker {
  let worker: Worker | null = null;
  let lastId = 0;
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  function failAll(error: Error): void {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
  }

  function started(): Worker {
    if (worker) return worker;
    const workerData: ReadWorkerData = { file: options.file };
    const created = startWorker(options.script, workerData);
    created.on('message', (answer: ReadAnswer) => {
      const pending = waiting.get(answer.id);
      if (!pending) return;
      waiting.delete(answer.id);
      if (answer.kind === 'done') pending.resolve(answer.value);
      else if (answer.kind === 'superseded') pending.reject(new SupersededError());
      else pending.reject(new ReadJobError(answer.message, answer.errcode));
    });
    created.on('error', (error) => {
      failAll(new ReadJobError(`The search worker stopped: ${error.message}`, null));
    });
    created.on('exit', () => {
      if (worker === created) worker = null;
      failAll(new ReadJobError('The search worker stopped.', null));
    });
    worker = created;
    return created;
  }

  started();

  return {
    run(job, input, lane) {
      const id = ++lastId;
      const request: ReadRequest = { id, job, input, lane: lane ?? null };
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        started().postMessage(request);
      });
    },
    async close() {
      const current = worker;
      worker = null;
      failAll(new ReadJobError('Call Coach is closing.', null));
      if (!current) return;
      // The worker finishes the job it is on and stops itself: terminating it while SQLite is
      // working in it would abort the whole process.
      const exited = new Promise<void>((resolve) => current.once('exit', () => resolve()));
      const close: CloseRequest = { close: true };
      current.postMessage(close);
      await exited;
    },
  };
}
