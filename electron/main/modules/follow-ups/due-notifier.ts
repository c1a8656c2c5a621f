import { localDate } from '../../../../shared/domain/calendar';
import { dueNotice } from '../../../../shared/domain/due-notice';
import { dueCount } from '../../../../shared/domain/worklist';
import type { OverlayHost } from '../../hosts/overlay-host';
import type { FollowUpRepository } from './follow-up-repository';

/** How often the worklist is looked at for follow-ups that fell due. */
export const DUE_CHECK_INTERVAL_MS = 60_000;

/** Timers, passed in so that tests move time themselves. */
export interface Timers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface DueNotifierDeps {
  readonly repository: Pick<FollowUpRepository, 'open' | 'told' | 'markTold'>;
  readonly host: Pick<OverlayHost, 'notify' | 'reveal'>;
  readonly clock: () => number;
  readonly timers: Timers;
  /** Shows the worklist in the window (the notice was clicked). */
  readonly showWorklist: () => void;
  /**
   * Called each minute with the number due, read from the same list as the notice, so the count
   * in the title and tray follows a day or a due date passing.
   */
  readonly onMinute: (dueCount: number) => void;
  /** Whether notices may be written as told (not while the database can only be read). */
  readonly canWrite: () => boolean;
}

export interface DueNotifier {
  /** One look now: at most one notice, for what fell due and was not told of before. */
  check(): void;
  stop(): void;
}

/**
 * Once a minute, one desktop notification for every follow-up that fell due since the last,
 * never one per follow-up, and never twice for the same one: each is marked as told in the
 * database, so a restart does not tell of it again. A follow-up moved to another day is told
 * of again when that day comes (the repository forgets that it was told).
 */
export function startDueNotifier(deps: DueNotifierDeps): DueNotifier {
  const { repository, host, clock } = deps;

  function check(): void {
    const at = clock();
    const today = localDate(at);
    const items = repository.open(today);
    deps.onMinute(dueCount(items, today));
    const notice = dueNotice(items, repository.told(), today);
    if (!notice || !deps.canWrite()) return;
    repository.markTold(notice.ids.map(Number), at);
    host.notify(notice, () => {
      // Shown without taking the keyboard: the caller may be typing in the phone system.
      host.reveal({ focus: false });
      deps.showWorklist();
    });
  }

  const handle = deps.timers.setInterval(check, DUE_CHECK_INTERVAL_MS);
  return { check, stop: () => deps.timers.clearInterval(handle) };
}
