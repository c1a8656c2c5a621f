import path from 'node:path';
import { createCallRepository } from '../../../../electron/main/modules/calls/call-repository';
import { closeDatabase, openDatabase } from '../../../../electron/main/storage/database';
import {
  createReadWorker,
  readWorkerScript,
  ReadJobError,
  SupersededError,
  type ReadWorker,
} from '../../../../electron/main/worker/read-worker-client';
import type { HistoryQuery } from '../../../../shared/domain/history';
import { buildCall, T0 } from '../../../support/builders';
import { tempDirs } from '../../../support/temp-dir';

const dirs = tempDirs();
const workers: ReadWorker[] = [];

/** A database file holding `count` ended calls, each with `notes`. */
function databaseWith(count: number, notes: string): string {
  const opened = openDatabase(dirs.make());
  const calls = createCallRepository(opened.db, () => T0);
  opened.db.exec('BEGIN');
  for (let i = 0; i < count; i++) {
    calls.insert(buildCall({ id: `c-${i}`, startedAt: T0 + i, endedAt: T0 + i + 1, notes }));
  }
  opened.db.exec('COMMIT');
  closeDatabase(opened.db);
  return opened.file;
}

function worker(file: string): ReadWorker {
  const created = createReadWorker({ file, script: readWorkerScript(dirs.make()) });
  workers.push(created);
  return created;
}

const search = (text: string): HistoryQuery => ({ search: text, after: null, limit: 10 });

afterEach(async () => {
  await Promise.all(workers.splice(0).map((created) => created.close()));
  dirs.cleanup();
});

// Each worker starts from source through tsx: seconds on a loaded machine.
describe('createReadWorker', { timeout: 30_000 }, () => {
  it('answers a history page read on its own connection', async () => {
    const reads = worker(databaseWith(3, 'Check mailed to the lockbox'));

    const page = await reads.run('history', search('lockbox'));

    expect(page.items.map((item) => item.id)).toEqual(['c-2', 'c-1', 'c-0']);
  });

  it('replaces a job still waiting in its lane with the newer one', async () => {
    const reads = worker(databaseWith(2_000, 'wire transfer promised '.repeat(40)));

    const first = reads.run('integrity', null);
    const older = reads.run('history', search('wi'), 'search');
    const newer = reads.run('history', search('wire'), 'search');

    await expect(first).resolves.toBe(true);
    await expect(older).rejects.toBeInstanceOf(SupersededError);
    expect((await newer).items).toHaveLength(10);
  });

  it('runs jobs outside any lane, and jobs of different lanes, all', async () => {
    const reads = worker(databaseWith(5, 'lockbox'));

    const answers = await Promise.all([
      reads.run('history', search('lockbox'), 'a'),
      reads.run('history', search('lockbox'), 'b'),
      reads.run('history', search('lockbox')),
    ]);

    expect(answers.map((page) => page.items.length)).toEqual([5, 5, 5]);
  });

  it('says a page check passed on an intact file', async () => {
    const reads = worker(databaseWith(5, 'lockbox'));

    await expect(reads.run('integrity', null)).resolves.toBe(true);
  });

  it('fails a job with SQLite’s code when the file cannot be read, and keeps answering', async () => {
    const reads = worker(path.join(dirs.make(), 'missing.db'));

    const failure = await reads.run('history', search('x')).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ReadJobError);
    expect((failure as ReadJobError).errcode).not.toBeNull();
    await expect(reads.run('integrity', null)).rejects.toBeInstanceOf(ReadJobError);
  });

  it('closes in the middle of a long job without taking the process down', async () => {
    const reads = worker(databaseWith(3_000, 'wire transfer promised '.repeat(200)));
    const checking = reads.run('integrity', null).catch((error: unknown) => error);

    await reads.close();

    expect(await checking).toBeInstanceOf(ReadJobError);
  });

  it('fails what was waiting when closed, and starts again on the next job', async () => {
    const file = databaseWith(3, 'lockbox');
    const reads = worker(file);
    await reads.run('history', search('lockbox'));

    await reads.close();
    const again = await reads.run('history', search('lockbox'));

    expect(again.items).toHaveLength(3);
  });
});
