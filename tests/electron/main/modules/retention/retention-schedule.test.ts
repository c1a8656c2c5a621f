import {
  RETENTION_TICK_MS,
  startRetentionSchedule,
} from '../../../../../electron/main/modules/retention/retention-schedule';
import { localInstant } from '../../../../support/account-builders';

function fakeTimers() {
  const ticks = new Map<number, () => void>();
  let last = 0;
  return {
    timers: {
      setInterval: (run: () => void, ms: number) => {
        expect(ms).toBe(RETENTION_TICK_MS);
        ticks.set(++last, run);
        return last;
      },
      clearInterval: (handle: unknown) => void ticks.delete(handle as number),
    },
    tick: () => ticks.forEach((run) => run()),
    count: () => ticks.size,
  };
}

describe('startRetentionSchedule', () => {
  it('runs once at start-up', () => {
    const { timers } = fakeTimers();
    const run = vi.fn();
    startRetentionSchedule({ clock: () => localInstant('2026-11-23', 10), timers, run });

    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not run again the same day', () => {
    const { timers, tick } = fakeTimers();
    const run = vi.fn();
    let now = localInstant('2026-11-23', 10);
    startRetentionSchedule({ clock: () => now, timers, run });

    now = localInstant('2026-11-23', 23, 59);
    tick();

    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs again once the caller’s day has changed, and only once that day', () => {
    const { timers, tick } = fakeTimers();
    const run = vi.fn();
    let now = localInstant('2026-11-23', 22);
    startRetentionSchedule({ clock: () => now, timers, run });

    now = localInstant('2026-11-24', 0, 30);
    tick();
    now = localInstant('2026-11-24', 1, 30);
    tick();

    expect(run).toHaveBeenCalledTimes(2);
  });

  it('catches up after the computer slept for days', () => {
    const { timers, tick } = fakeTimers();
    const run = vi.fn();
    let now = localInstant('2026-11-23', 18);
    startRetentionSchedule({ clock: () => now, timers, run });

    now = localInstant('2026-11-27', 8);
    tick();

    expect(run).toHaveBeenCalledTimes(2);
  });

  it('stops looking when stopped', () => {
    const { timers, count } = fakeTimers();
    const schedule = startRetentionSchedule({
      clock: () => localInstant('2026-11-23', 10),
      timers,
      run: () => undefined,
    });

    schedule.stop();

    expect(count()).toBe(0);
  });
});
