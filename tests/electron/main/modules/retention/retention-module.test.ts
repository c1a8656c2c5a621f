import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { createCallRepository } from '../../../../../electron/main/modules/calls/call-repository';
import { createRetentionJobs } from '../../../../../electron/main/modules/retention/retention-jobs';
import {
  createRetentionModule,
  type RunRetentionJob,
} from '../../../../../electron/main/modules/retention/retention-module';
import { RequestError } from '../../../../../electron/main/core/request-error';
import { openDatabase } from '../../../../../electron/main/storage/database';
import type { CallsDeleted, RetentionMonths } from '../../../../../shared/domain/retention';
import type { EventChannel } from '../../../../../shared/ipc/contract';
import { localInstant } from '../../../../support/account-builders';
import { buildCall } from '../../../../support/builders';
import { tempDirs } from '../../../../support/temp-dir';

const dirs = tempDirs('call-coach-retention-');
const databases: DatabaseSyncInstance[] = [];
afterEach(() => {
  for (const db of databases.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

// 23 November 2026, mid-morning where the test runs: six months back is 23 May.
const NOW = localInstant('2026-11-23', 10);

function setUp(options: { months?: RetentionMonths; readOnlyBecause?: string | null } = {}) {
  const { db, file } = openDatabase(dirs.make(), () => new Date(NOW));
  databases.push(db);
  // The worker's own connection, as the import worker opens it.
  const worker = new DatabaseSync(file);
  worker.exec('PRAGMA foreign_keys = ON');
  databases.push(worker);
  const jobs = createRetentionJobs(worker);
  const jobsRun: string[] = [];
  const run: RunRetentionJob = (job, input) => {
    jobsRun.push(job);
    try {
      return Promise.resolve((jobs[job] as (value: typeof input) => never)(input));
    } catch (error) {
      // As the worker reports a refused deletion.
      return Promise.reject(Object.assign(error as Error, { failure: 'open-call' }));
    }
  };
  const events: { channel: EventChannel; payload: unknown }[] = [];
  const errors: unknown[] = [];
  let months: RetentionMonths = options.months ?? null;
  let clock = NOW;
  const calls = createCallRepository(db, () => clock);
  let open: { id: string; accountId: number | null } | null = null;
  const retention = createRetentionModule(
    {
      db,
      clock: () => clock,
      publish: (channel, payload) => events.push({ channel, payload }),
      log: { error: (_message, error) => errors.push(error) },
      readOnlyBecause: options.readOnlyBecause ?? null,
    },
    { run, openCall: () => open, retentionMonths: () => months },
  );
  return {
    retention,
    events,
    errors,
    jobsRun,
    storedIds: () =>
      (db.prepare('SELECT id FROM calls ORDER BY id').all() as { id: string }[]).map(
        (row) => row.id,
      ),
    ended(id: string, endedOn: string, hour = 10) {
      const startedAt = localInstant(endedOn, hour) - 120_000;
      calls.insert(buildCall({ id, startedAt, endedAt: localInstant(endedOn, hour) }));
    },
    openCall(id: string) {
      calls.insert(buildCall({ id, startedAt: NOW - 60_000 }));
      open = { id, accountId: null };
    },
    setMonths(next: RetentionMonths) {
      months = next;
    },
    moveClock(to: number) {
      clock = to;
    },
  };
}

async function refusal(work: () => unknown): Promise<RequestError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('Nothing was refused.');
}

describe('retention module', () => {
  it('deletes nothing while retention is off', async () => {
    const app = setUp();
    app.ended('ancient', '2020-01-01');

    expect(await app.retention.runRetention()).toBeNull();
    expect(app.storedIds()).toEqual(['ancient']);
    expect(app.jobsRun).toEqual([]);
  });

  it('deletes the calls that ended before the cutoff day, in the worker', async () => {
    const app = setUp({ months: 6 });
    app.ended('old', '2026-05-22', 23);
    app.ended('cutoff-day', '2026-05-23', 0);
    app.ended('recent', '2026-11-01');

    const counts = await app.retention.runRetention();

    expect(counts?.calls).toBe(1);
    expect(app.storedIds()).toEqual(['cutoff-day', 'recent']);
    expect(app.jobsRun).toEqual(['deleteEndedBefore']);
    expect(app.events).toEqual([
      {
        channel: 'calls:deleted',
        payload: {
          reason: 'retention',
          callId: null,
          accountId: null,
          counts: expect.objectContaining({ calls: 1 }) as CallsDeleted['counts'],
        },
      },
    ]);
  });

  it('announces nothing when no call was old enough', async () => {
    const app = setUp({ months: 6 });
    app.ended('recent', '2026-11-01');

    expect((await app.retention.runRetention())?.calls).toBe(0);
    expect(app.events).toEqual([]);
  });

  it('reads the clock at each run, so calls age out as days pass', async () => {
    const app = setUp({ months: 6 });
    app.ended('june', '2026-06-10');
    await app.retention.runRetention();
    expect(app.storedIds()).toEqual(['june']);

    app.moveClock(localInstant('2026-12-11', 9));
    await app.retention.runRetention();

    expect(app.storedIds()).toEqual([]);
  });

  it('runs again after a run under way, with the clock as it is then', async () => {
    const app = setUp({ months: 6 });
    app.ended('june', '2026-06-10');

    const first = app.retention.runRetention();
    // Under way: it has read the clock and is waiting for the worker.
    await vi.waitFor(() => expect(app.jobsRun).toHaveLength(1));
    app.moveClock(localInstant('2026-12-11', 9));
    const second = app.retention.runRetention();
    await Promise.all([first, second]);

    expect(app.storedIds()).toEqual([]);
    expect(app.jobsRun).toEqual(['deleteEndedBefore', 'deleteEndedBefore']);
  });

  it('reads the setting at each run', async () => {
    const app = setUp();
    app.ended('march', '2026-03-01');
    app.setMonths(3);

    await app.retention.runRetention();

    expect(app.storedIds()).toEqual([]);
  });

  it('never deletes while the database can only be read', async () => {
    const app = setUp({ months: 3, readOnlyBecause: 'This file is from a newer version.' });
    app.ended('old', '2025-01-01');

    expect(await app.retention.runRetention()).toBeNull();
    expect(app.storedIds()).toEqual(['old']);
  });

  it('counts what a period would delete today without deleting it', async () => {
    const app = setUp();
    app.ended('old', '2026-01-05');
    app.ended('recent', '2026-11-01');

    const counts = await app.retention.handlers['retention:count-older'](6);

    expect(counts.calls).toBe(1);
    expect(app.storedIds()).toEqual(['old', 'recent']);
  });

  it('deletes one ended call and says so to every window', async () => {
    const app = setUp();
    app.ended('gone', '2026-11-20');
    app.ended('kept', '2026-11-21');

    expect(app.retention.handlers['retention:count-call']('gone')).toMatchObject({ calls: 1 });
    const counts = await app.retention.handlers['retention:delete-call']('gone');

    expect(counts.calls).toBe(1);
    expect(app.storedIds()).toEqual(['kept']);
    expect(app.events[0]).toMatchObject({
      channel: 'calls:deleted',
      payload: { reason: 'call', callId: 'gone' },
    });
  });

  it('refuses to count or delete the call in progress', async () => {
    const app = setUp();
    app.openCall('live');

    expect((await refusal(() => app.retention.handlers['retention:count-call']('live'))).code).toBe(
      'conflict',
    );
    const refused = await refusal(() => app.retention.handlers['retention:delete-call']('live'));

    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/in progress/);
    expect(app.storedIds()).toEqual(['live']);
    expect(app.jobsRun).toEqual([]);
  });

  it('answers not found for a call no longer stored', async () => {
    const app = setUp();

    expect(
      (await refusal(() => app.retention.handlers['retention:delete-call']('gone'))).code,
    ).toBe('not-found');
  });

  it('answers not found for an account no longer stored', async () => {
    const app = setUp();

    expect((await refusal(() => app.retention.handlers['retention:count-account'](404))).code).toBe(
      'not-found',
    );
    expect(
      (await refusal(() => app.retention.handlers['retention:delete-account'](404))).code,
    ).toBe('not-found');
  });
});
