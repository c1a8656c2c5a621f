import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { createReadJobs, type ReadJobsOnConnection } from './read-jobs';
import type { ReadAnswer, ReadMessage, ReadRequest, ReadWorkerData } from './read-protocol';

// The read worker: its own read-only connection to the database (WAL lets it read while main
// writes), so searching, importing and exporting never hold up main's event loop.

/**
 * How long after start-up the readers load, if no job has loaded them by then: late enough not
 * to hold up the check of every page, early enough that the first search does not wait.
 */
const PRELOAD_DELAY_MS = 2_000;

const port = parentPort!;
const { file } = workerData as ReadWorkerData;
let opened: ReadJobsOnConnection | null = null;
let db: DatabaseSyncInstance | null = null;

/** The connection is opened on the first job, so a file that cannot be opened fails that job. */
function openJobs(): ReadJobsOnConnection {
  if (opened) return opened;
  const connection = new DatabaseSync(file, { readOnly: true });
  connection.exec('PRAGMA busy_timeout = 2000');
  db = connection;
  opened = createReadJobs(connection);
  return opened;
}

const preload = setTimeout(() => {
  try {
    openJobs().preload();
  } catch {
    // The first job opens the file again and says why it cannot.
  }
}, PRELOAD_DELAY_MS);
// Waiting to preload is no reason to keep the thread alive.
preload.unref();

async function answer(request: ReadRequest): Promise<ReadAnswer> {
  try {
    const run = openJobs().jobs[request.job] as (input: unknown) => unknown;
    return { id: request.id, kind: 'done', value: await run(request.input) };
  } catch (error) {
    const errcode = (error as { errcode?: unknown } | null)?.errcode;
    return {
      id: request.id,
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
      errcode: typeof errcode === 'number' ? errcode : null,
    };
  }
}

/** Messages taken from the port and not yet dealt with, oldest first. */
const queue: ReadMessage[] = [];
let isWorking = false;

/** Takes every message already waiting on the port too. */
function takeWaiting(): void {
  for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port)) {
    queue.push(next.message as ReadMessage);
  }
}

/** True when a newer job in the same lane is waiting: that one's answer is the one wanted. */
function isReplaced(request: ReadRequest): boolean {
  takeWaiting();
  return (
    request.lane !== null &&
    queue.some((later) => !('close' in later) && later.lane === request.lane)
  );
}

/**
 * Stopping is the worker's own doing, between jobs: a thread stopped from outside while SQLite
 * is working would take the whole process down.
 */
function stop(): void {
  clearTimeout(preload);
  db?.close();
  port.close();
}

/** Works through the queue one job at a time, in the order main sent them. */
async function work(): Promise<void> {
  isWorking = true;
  for (let message = queue.shift(); message; message = queue.shift()) {
    if ('close' in message) {
      stop();
      return;
    }
    port.postMessage(
      isReplaced(message) ? { id: message.id, kind: 'superseded' } : await answer(message),
    );
  }
  isWorking = false;
}

port.on('message', (message: ReadMessage) => {
  queue.push(message);
  if (!isWorking) void work();
});
