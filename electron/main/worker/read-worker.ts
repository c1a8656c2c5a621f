import { DatabaseSync } from '@photostructure/sqlite';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { createReadJobs, type ReadJobName, type ReadJobs } from './read-jobs';
import type { ReadAnswer, ReadRequest, ReadWorkerData } from './read-protocol';

// The read worker: its own read-only connection to the database (WAL lets it read while main
// writes), so searching, importing and exporting never hold up main's event loop.

const port = parentPort!;
const { file } = workerData as ReadWorkerData;
let jobs: ReadJobs | null = null;

/** The connection is opened on the first job, so a file that cannot be opened fails that job. */
function openJobs(): ReadJobs {
  if (jobs) return jobs;
  const db = new DatabaseSync(file, { readOnly: true });
  db.exec('PRAGMA busy_timeout = 2000');
  jobs = createReadJobs(db);
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

/** Takes every request already waiting, so that only the newest of each lane runs. */
function drain(first: ReadRequest): ReadRequest[] {
  const waiting = [first];
  for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port)) {
    waiting.push(next.message as ReadRequest);
  }
  return waiting;
}

port.on('message', (first: ReadRequest<ReadJobName>) => {
  const waiting = drain(first);
  for (const [index, request] of waiting.entries()) {
    const isReplaced =
      request.lane !== null &&
      waiting.slice(index + 1).some((later) => later.lane === request.lane);
    port.postMessage(isReplaced ? { id: request.id, kind: 'superseded' } : answer(request));
  }
});
