import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import {
  ImportCancelledError,
  ReportUnreadableError,
} from '../modules/imports/aging-report/errors';
import {
  createImportJobs,
  UnknownImportError,
  type ImportJobs,
} from '../modules/imports/import-jobs';
import { OpenCallError } from '../modules/retention/deletion-repository';
import { BUSY_TIMEOUT_MS } from '../storage/database-file';
import type {
  ImportAnswer,
  ImportFailure,
  ImportMessage,
  ImportRequest,
  ImportWorkerData,
} from './import-protocol';

// The import worker: reads report files and stores them over its own read-write connection, so
// parsing and writing tens of thousands of rows never holds up main's event loop. Main keeps
// answering (WAL lets it read meanwhile), and its own writes wait for at most one batch.

const port = parentPort!;
const { file } = workerData as ImportWorkerData;
let db: DatabaseSyncInstance | null = null;
let jobs: ImportJobs | null = null;

function openJobs(): ImportJobs {
  if (jobs) return jobs;
  const opened = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS });
  opened.exec('PRAGMA foreign_keys = ON');
  // NORMAL, not main's FULL: in WAL mode a crash of the app still loses nothing committed; only a
  // power cut can lose the last batches, and an import is run again from its file at no cost,
  // while an fsync per batch of 500 rows would more than double its time.
  opened.exec('PRAGMA synchronous = NORMAL');
  db = opened;
  jobs = createImportJobs(opened);
  return jobs;
}

function failureOf(error: unknown): ImportFailure {
  if (error instanceof ImportCancelledError) return 'cancelled';
  if (error instanceof ReportUnreadableError) return 'unreadable';
  if (error instanceof UnknownImportError) return 'unknown-import';
  if (error instanceof OpenCallError) return 'open-call';
  return 'storage';
}

function run(request: ImportRequest): ImportAnswer {
  const flag = new Int32Array(request.cancel);
  const control = {
    isCancelled: () => Atomics.load(flag, 0) === 1,
    progress: (phase: 'reading' | 'checking' | 'storing', done: number, total: number) =>
      port.postMessage({
        id: request.id,
        kind: 'progress',
        phase,
        done,
        total,
      } satisfies ImportAnswer),
  };
  try {
    const job = openJobs()[request.job] as (input: unknown, control: unknown) => unknown;
    return { id: request.id, kind: 'done', value: job(request.input, control) };
  } catch (error) {
    const errcode = (error as { errcode?: unknown } | null)?.errcode;
    return {
      id: request.id,
      kind: 'failed',
      failure: failureOf(error),
      message: error instanceof Error ? error.message : String(error),
      errcode: typeof errcode === 'number' ? errcode : null,
    };
  }
}

port.on('message', (message: ImportMessage) => {
  if ('close' in message) {
    db?.close();
    port.close();
    return;
  }
  port.postMessage(run(message));
});
