import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { createReadJobs, type ReadJobs } from './read-jobs';
import type { ReadAnswer, ReadMessage, ReadRequest, ReadWorkerData } from './read-protocol';

// The read worker: its own read-only connection to the database (WAL lets it read while main
// writes), so searching, importing and exporting never hold up main's event loop.

const port = parentPort!;
const { file } = workerData as ReadWorkerData;
let jobs: ReadJobs | null = null;
let db: DatabaseSyncInstance | null = null;

/** The connection is opened on the first job, so a file that cannot be opened fails that job. */
function openJobs(): ReadJobs {
  if (jobs) return jobs;
  const opened = new DatabaseSync(file, { readOnly: true });
  opened.exec('PRAGMA busy_timeout = 2000');
  db = opened;
  jobs = createReadJobs(opened);
  return jobs;
}

function answer(request: ReadRequest): ReadAnswer {
  try {
    const run = openJobs()[request.job] as (input: unknown) => unknown;
    return { id: request.id, kind: 'done', value: run(request.input) };
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

/** Takes every message already waiting, so that only the newest job of each lane runs. */
function drain(first: ReadMessage): ReadMessage[] {
  const waiting = [first];
  for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port)) {
    waiting.push(next.message as ReadMessage);
  }
  return waiting;
}

/**
 * Stopping is the worker's own doing, between jobs: a thread stopped from outside while SQLite
 * is working would take the whole process down.
 */
function stop(): void {
  db?.close();
  port.close();
}

port.on('message', (first: ReadMessage) => {
  const waiting = drain(first);
  const jobsWaiting = waiting.filter((message): message is ReadRequest => !('close' in message));
  for (const [index, request] of jobsWaiting.entries()) {
    const isReplaced =
      request.lane !== null &&
      jobsWaiting.slice(index + 1).some((later) => later.lane === request.lane);
    port.postMessage(isReplaced ? { id: request.id, kind: 'superseded' } : answer(request));
  }
  if (waiting.some((message) => 'close' in message)) stop();
});
