import { createAppCore, type AppCore } from '../../../electron/main/app-core';
import type { Call } from '../../../shared/domain/call';
import { localDate } from '../../../shared/domain/calendar';
import type { DeletionCounts } from '../../../shared/domain/retention';
import type { EventChannel, Events } from '../../../shared/ipc/contract';
import { fakeClock, noAnswerClosing, sequentialIds, startInput } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';
import { createFakeHost } from '../support/fake-host';
import { valueOf } from '../../support/results';

const dirs = tempDirs();
const cores: AppCore[] = [];
const DAY = 24 * 60 * 60 * 1000;
/** Tuesday 1 December 2026, 10:00 local. */
const DEC_1 = new Date(2026, 11, 1, 10).getTime();

afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
  dirs.cleanup();
});

/** Timers the test runs itself. */
function manualTimers() {
  const runs: (() => void)[] = [];
  return {
    setInterval: (run: () => void) => runs.push(run),
    clearInterval: () => undefined,
    tick: () => runs.forEach((run) => run()),
  };
}

function startCore(dataDir = dirs.make(), clock = fakeClock(DEC_1)) {
  const timers = manualTimers();
  const events: { channel: EventChannel; payload: unknown }[] = [];
  const core = createAppCore({
    dataDir,
    publish: <E extends EventChannel>(channel: E, payload: Events[E]) =>
      void events.push({ channel, payload }),
    log: { error: () => undefined },
    host: createFakeHost(),
    clock: clock.now,
    newId: sequentialIds(`id-${cores.length}`),
    timers,
  });
  cores.push(core);
  const deletions = () => events.filter((event) => event.channel === 'calls:deleted');
  return { core, dataDir, clock, timers, events, deletions };
}

async function endedCall(core: AppCore, at: number): Promise<Call> {
  const call = valueOf<Call>(await core.dispatch('calls:start', [startInput()]));
  return valueOf<Call>(
    await core.dispatch('calls:apply', [
      call.id,
      { type: 'end', closing: noAnswerClosing(localDate(at)) },
    ]),
  );
}

async function isStored(core: AppCore, callId: string): Promise<boolean> {
  const result = await core.dispatch('calls:get', [callId]);
  if (!result.ok && result.error.code !== 'not-found') throw new Error(result.error.message);
  return result.ok;
}

// Each test starts the import worker from source, which takes seconds on a busy machine.
describe('app core: retention', { timeout: 60_000 }, () => {
  it('deletes nothing at start-up while retention is off', async () => {
    const first = startCore();
    const call = await endedCall(first.core, DEC_1);
    await first.core.close();

    const later = startCore(first.dataDir, fakeClock(DEC_1 + 800 * DAY));
    await later.core.caughtUp;

    expect(await isStored(later.core, call.id)).toBe(true);
    expect(later.deletions()).toEqual([]);
  });

  it('deletes calls past the period at start-up, in the worker', async () => {
    const first = startCore();
    const call = await endedCall(first.core, DEC_1);
    valueOf(await first.core.dispatch('settings:update', [{ retentionMonths: 6 }]));
    expect(await isStored(first.core, call.id)).toBe(true);
    await first.core.close();

    const later = startCore(first.dataDir, fakeClock(DEC_1 + 200 * DAY));

    await vi.waitFor(() => expect(later.deletions()).toHaveLength(1), { timeout: 15_000 });
    expect(await isStored(later.core, call.id)).toBe(false);
  });

  it('deletes calls as they pass the period on a later day while running', async () => {
    const started = startCore();
    const call = await endedCall(started.core, DEC_1);
    valueOf(await started.core.dispatch('settings:update', [{ retentionMonths: 3 }]));

    started.clock.advance(95 * DAY);
    started.timers.tick();

    await vi.waitFor(() => expect(started.deletions()).toHaveLength(1), { timeout: 15_000 });
    expect(await isStored(started.core, call.id)).toBe(false);
  });

  it('deletes at once the calls past a period just turned on', async () => {
    const clock = fakeClock(DEC_1 - 400 * DAY);
    const started = startCore(dirs.make(), clock);
    const old = await endedCall(started.core, clock.now());
    clock.set(DEC_1);
    const recent = await endedCall(started.core, DEC_1);

    const counted = valueOf<DeletionCounts>(
      await started.core.dispatch('retention:count-older', [12]),
    );
    expect(counted.calls).toBe(1);
    valueOf(await started.core.dispatch('settings:update', [{ retentionMonths: 12 }]));

    await vi.waitFor(() => expect(started.deletions()).toHaveLength(1), { timeout: 15_000 });
    expect(await isStored(started.core, old.id)).toBe(false);
    expect(await isStored(started.core, recent.id)).toBe(true);
  });

  it('refuses to delete the call in progress over IPC', async () => {
    const { core } = startCore();
    const open = valueOf<Call>(await core.dispatch('calls:start', [startInput()]));

    const refused = await core.dispatch('retention:delete-call', [open.id]);

    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await isStored(core, open.id)).toBe(true);
  });

  it('deletes an ended call over IPC and tells every window', async () => {
    const { core, deletions } = startCore();
    const call = await endedCall(core, DEC_1);

    const counts = valueOf<DeletionCounts>(await core.dispatch('retention:delete-call', [call.id]));

    expect(counts.calls).toBe(1);
    expect(await isStored(core, call.id)).toBe(false);
    expect(deletions()).toEqual([
      {
        channel: 'calls:deleted',
        payload: { reason: 'call', callId: call.id, accountId: null, counts },
      },
    ]);
  });

  it('tells the worklist to refresh after a deletion', async () => {
    const { core, events } = startCore();
    const call = await endedCall(core, DEC_1);
    events.length = 0;

    valueOf(await core.dispatch('retention:delete-call', [call.id]));

    expect(events.map((event) => event.channel)).toContain('worklist:changed');
  });

  it('refuses arguments that are not a call id or a period', async () => {
    const { core } = startCore();

    expect(await core.dispatch('retention:delete-call', [''])).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await core.dispatch('retention:count-older', [0])).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});
