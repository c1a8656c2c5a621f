import { localDate } from '../../../../shared/domain/calendar';
import type { Timers } from '../follow-ups/due-notifier';

/** How often the schedule looks whether the caller's day has changed. */
export const RETENTION_TICK_MS = 60 * 60 * 1000;

export interface RetentionSchedule {
  stop(): void;
}

/**
 * Runs `run` now and then once each local day while the app runs: an hourly tick runs it when the
 * caller's date is no longer the date of the last run, so a computer that slept overnight catches
 * up within the hour it wakes, and a day is never run twice.
 */
export function startRetentionSchedule(deps: {
  readonly clock: () => number;
  readonly timers: Timers;
  readonly run: () => void;
}): RetentionSchedule {
  let lastDay = localDate(deps.clock());
  deps.run();
  const handle = deps.timers.setInterval(() => {
    const today = localDate(deps.clock());
    if (today === lastDay) return;
    lastDay = today;
    deps.run();
  }, RETENTION_TICK_MS);
  return { stop: () => deps.timers.clearInterval(handle) };
}
