import { DatabaseSync } from '@photostructure/sqlite';
import path from 'node:path';
import { createAppCore, type AppCore } from '../../../electron/main/app-core';
import { DATABASE_FILE_NAME } from '../../../electron/main/storage/database';
import type { AccountPick } from '../../../shared/domain/accounts';
import type { Call } from '../../../shared/domain/call';
import type { ImportChoices, ImportPreview } from '../../../shared/domain/imports';
import type { EventChannel, Events } from '../../../shared/ipc/contract';
import type { Worklist } from '../../../shared/ipc/contracts/worklist';
import { fakeClock, sequentialIds, startInput } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';
import { createFakeHost, type FakeHost } from '../support/fake-host';
import { valueOf } from '../../support/results';

const dirs = tempDirs();
const cores: AppCore[] = [];
const DAY = 24 * 60 * 60 * 1000;
/** Tuesday 1 December 2026, 10:00 local. */
const DEC_1 = new Date(2026, 11, 1, 10).getTime();
const FULL: ImportChoices = { mapping: null, isFullReport: true };

afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
  dirs.cleanup();
});

const report = (name: string, lines: readonly string[]) => ({
  name,
  bytesBase64: Buffer.from(
    ['Customer,Invoice number,Invoice date,Due date,Amount,Open balance', ...lines].join('\n'),
    'utf8',
  ).toString('base64'),
});

async function imported(core: AppCore, file: ReturnType<typeof report>) {
  const preview = valueOf<ImportPreview>(await core.dispatch('imports:read', [file, FULL]));
  valueOf(await core.dispatch('imports:apply', [preview.importId]));
}

/** The promises as stored, read as another program would read the file. */
function storedPromises(dataDir: string) {
  const db = new DatabaseSync(path.join(dataDir, DATABASE_FILE_NAME), { readOnly: true });
  try {
    return db.prepare('SELECT call_id, pay_by, status FROM promises').all() as unknown[];
  } finally {
    db.close();
  }
}

/** Timers the test runs itself: each tick is one minute's check. */
function manualTimers() {
  const runs: (() => void)[] = [];
  return {
    setInterval: (run: () => void) => runs.push(run),
    clearInterval: () => undefined,
    tick: () => runs.forEach((run) => run()),
  };
}

interface Started {
  readonly core: AppCore;
  readonly dataDir: string;
  readonly clock: ReturnType<typeof fakeClock>;
  readonly host: FakeHost;
  readonly timers: ReturnType<typeof manualTimers>;
  readonly events: { channel: EventChannel; payload: unknown }[];
}

function startCore(dataDir = dirs.make(), clock = fakeClock(DEC_1)): Started {
  const host = createFakeHost();
  const timers = manualTimers();
  const events: Started['events'] = [];
  const core = createAppCore({
    dataDir,
    publish: <E extends EventChannel>(channel: E, payload: Events[E]) =>
      void events.push({ channel, payload }),
    log: { error: () => undefined },
    host,
    clock: clock.now,
    newId: sequentialIds(`id-${cores.length}`),
    timers,
  });
  cores.push(core);
  return { core, dataDir, clock, host, timers, events };
}

const ACME_INVOICE = ['Acme Supply,INV-7,2026-10-01,2026-10-31,800.00,800.00'];

/** A call on Acme that ends with a promise of 800.00 by Friday 4 December. */
async function takePromiseCall(core: AppCore, followUpId: string | null = null): Promise<Call> {
  const [acme] = valueOf<AccountPick[]>(await core.dispatch('accounts:pick', ['acme']));
  const call = valueOf<Call>(
    await core.dispatch('calls:start', [
      startInput({ accountId: acme!.id, invoice: 'INV-7', followUpId }),
    ]),
  );
  const set = (fieldId: string, value: string) =>
    core.dispatch('calls:apply', [
      call.id,
      { type: 'set-field', sectionId: 'promise-to-pay', fieldId, value },
    ]);
  valueOf(
    await core.dispatch('calls:apply', [
      call.id,
      { type: 'open-branch', branchId: 'promise-to-pay' },
    ]),
  );
  valueOf(await set('amount', '800.00'));
  valueOf(await set('pay-on', '2026-12-04'));
  const payBy = { what: 'Confirm the promised payment has arrived', dueOn: '2026-12-04' };
  valueOf(
    await core.dispatch('calls:apply', [
      call.id,
      {
        type: 'end',
        closing: {
          outcomeId: 'promise-to-pay',
          outcomeLabel: 'Promise to pay',
          action: payBy,
          followUps: [{ sectionId: 'promise-to-pay', who: 'You', ...payBy }],
        },
      },
    ]),
  );
  return call;
}

async function worklistOf(core: AppCore): Promise<Worklist> {
  return valueOf<Worklist>(await core.dispatch('worklist:read', []));
}

const notices = (host: FakeHost) => host.calls.filter((call) => call.method === 'notify');

// Each core starts its workers from source through tsx: seconds on a loaded machine.
describe('following a promise through the core', { timeout: 60_000 }, () => {
  it('marks a promise broken when a report after its date still lists the invoice, and puts it first', async () => {
    const { core, dataDir, clock, events } = startCore();
    await imported(core, report('aging-dec-1.csv', ACME_INVOICE));
    await imported(
      core,
      report('other.csv', ['Birch Ltd,B-1,2026-09-01,2026-09-30,5000.00,5000.00']),
    );
    const call = await takePromiseCall(core);
    expect(storedPromises(dataDir)).toEqual([
      { call_id: call.id, pay_by: '2026-12-04', status: 'pending' },
    ]);
    expect(events).toContainEqual({ channel: 'worklist:changed', payload: { dueCount: 0 } });

    // Five days on, a report still lists the invoice: the promise was not kept.
    clock.advance(5 * DAY);
    await imported(core, report('aging-dec-6.csv', ACME_INVOICE));

    expect(storedPromises(dataDir)).toEqual([
      { call_id: call.id, pay_by: '2026-12-04', status: 'broken' },
    ]);
    const worklist = await worklistOf(core);
    expect(worklist.today).toBe('2026-12-06');
    expect(worklist.items).toMatchObject([
      { customer: 'Acme Supply', kind: 'promise', dueOn: '2026-12-04', isBrokenPromise: true },
    ]);
    expect(events.at(-1)).toEqual({ channel: 'worklist:changed', payload: { dueCount: 1 } });
  });

  it('marks done, moves, and marks a promise by hand, refusing what is no longer open', async () => {
    const { core } = startCore();
    await imported(core, report('aging.csv', ACME_INVOICE));
    const call = await takePromiseCall(core);
    const [item] = (await worklistOf(core)).items;

    const moved = valueOf<Worklist>(await core.dispatch('worklist:move', [item!.id, '2026-12-09']));
    expect(moved.items).toMatchObject([{ id: item!.id, dueOn: '2026-12-09' }]);
    const past = await core.dispatch('worklist:move', [item!.id, '2026-11-30']);
    expect(past).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    valueOf(await core.dispatch('worklist:mark', [call.id, 'broken']));
    expect((await worklistOf(core)).items[0]?.isBrokenPromise).toBe(true);

    expect(valueOf<Worklist>(await core.dispatch('worklist:done', [item!.id])).items).toEqual([]);
    expect(await core.dispatch('worklist:done', [item!.id])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await core.dispatch('worklist:done', ['not a number'])).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('closes the follow-up a call was started from when that call ends, even before its day', async () => {
    const { core } = startCore();
    await imported(core, report('aging.csv', ACME_INVOICE));
    await takePromiseCall(core);
    const [first] = (await worklistOf(core)).items;

    await takePromiseCall(core, first!.id);

    const ids = (await worklistOf(core)).items.map((item) => item.id);
    expect(ids).not.toContain(first!.id);
    expect(ids).toHaveLength(1);
  });

  it('tells of what fell due in one notice per minute, never twice, and again once moved', async () => {
    const { core, clock, host, timers, events } = startCore();
    await core.caughtUp;
    await imported(core, report('aging.csv', ACME_INVOICE));
    await takePromiseCall(core);
    timers.tick();
    expect(notices(host)).toEqual([]);

    // Friday: the promise date has come.
    clock.advance(3 * DAY);
    timers.tick();
    timers.tick();
    expect(notices(host)).toEqual([
      { method: 'notify', title: '1 follow-up is due', body: 'Acme Supply.' },
    ]);
    expect(events.at(-1)).toEqual({ channel: 'worklist:changed', payload: { dueCount: 1 } });

    host.clickNotice();
    expect(host.calls.at(-1)).toEqual({ method: 'reveal', focus: false });
    expect(events.at(-1)).toEqual({ channel: 'view:requested', payload: { view: 'follow-ups' } });

    const [item] = (await worklistOf(core)).items;
    valueOf(await core.dispatch('worklist:move', [item!.id, '2026-12-07']));
    clock.advance(DAY);
    timers.tick();
    expect(notices(host)).toHaveLength(1);
    clock.advance(2 * DAY);
    timers.tick();
    expect(notices(host)).toHaveLength(2);
  });

  it('works a promise out as broken once its day has passed while the app runs', async () => {
    const { core, clock, timers } = startCore();
    await core.caughtUp;
    await imported(core, report('aging.csv', ACME_INVOICE));
    await takePromiseCall(core);
    expect((await worklistOf(core)).items[0]?.isBrokenPromise).toBe(false);

    // Saturday: Friday passed, and no report showed the invoice paid.
    clock.advance(4 * DAY);
    timers.tick();

    await vi.waitFor(async () =>
      expect((await worklistOf(core)).items[0]?.isBrokenPromise).toBe(true),
    );
  });

  it('puts the follow-ups of calls ended before they were kept on the worklist at the next start', async () => {
    const first = startCore();
    await imported(first.core, report('aging.csv', ACME_INVOICE));
    await takePromiseCall(first.core);
    await first.core.close();
    // As a database from before follow-ups were kept holds it.
    const db = new DatabaseSync(path.join(first.dataDir, DATABASE_FILE_NAME));
    db.exec('DELETE FROM follow_ups; DELETE FROM promises; UPDATE calls SET work_recorded = 0');
    db.close();

    const again = startCore(first.dataDir, first.clock);
    await again.core.caughtUp;

    expect((await worklistOf(again.core)).items).toMatchObject([
      { customer: 'Acme Supply', kind: 'promise', dueOn: '2026-12-04' },
    ]);
    expect(storedPromises(first.dataDir)).toMatchObject([{ pay_by: '2026-12-04' }]);
    expect(again.events).toContainEqual({ channel: 'worklist:changed', payload: { dueCount: 0 } });
  });
});
