import { daysBetween, localDate } from '../../../../shared/domain/calendar';
import { dueCount } from '../../../../shared/domain/worklist';
import type { Worklist, WorklistRequests } from '../../../../shared/ipc/contracts/worklist';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { ModuleContext } from '../../core/module-context';
import { RequestError } from '../../core/request-error';
import { createFollowUpRepository, type FollowUpRepository } from './follow-up-repository';

/** How far ahead a follow-up can be moved: further than this is a typo, not a plan. */
const MOVE_DAYS_MAX = 2 * 366;

export interface FollowUpsModule {
  readonly repository: FollowUpRepository;
  readonly handlers: DomainHandlers<WorklistRequests>;
  /** Tells every window how many follow-ups are due now, after anything that may change it. */
  announce(): void;
  /** Tells the count the minute's check worked out, only when it differs from the last one told. */
  announceIfChanged(count: number): void;
  /** How many follow-ups are due by the end of today (the tray's count at start-up). */
  dueCount(): number;
}

const NO_LONGER_OPEN =
  'That follow-up is no longer on the list: it was closed or its call deleted.';

/** The worklist: the `worklist:*` handlers over the follow-up repository on main's connection. */
export function createFollowUpsModule({
  db,
  clock,
  publish,
  readOnlyBecause,
}: ModuleContext): FollowUpsModule {
  const repository = createFollowUpRepository(db);

  function read(): Worklist {
    const today = localDate(clock());
    return { today, items: repository.open(today) };
  }

  let lastCount: number | null = null;

  function tell(count: number): void {
    lastCount = count;
    publish('worklist:changed', { dueCount: count });
  }

  function announce(): void {
    const { today, items } = read();
    tell(dueCount(items, today));
  }

  function announceIfChanged(count: number): void {
    if (count !== lastCount) tell(count);
  }

  /** Runs one change the caller asked for, then answers with the list as it now stands. */
  function change(isDone: () => boolean): Worklist {
    if (readOnlyBecause)
      throw new RequestError('unavailable', `${readOnlyBecause} Nothing changed.`);
    if (!isDone()) throw new RequestError('not-found', NO_LONGER_OPEN);
    announce();
    return read();
  }

  return {
    repository,
    announce,
    announceIfChanged,
    dueCount: () => {
      const { today, items } = read();
      return dueCount(items, today);
    },
    handlers: {
      'worklist:read': read,
      'worklist:done': (followUpId) =>
        change(() => repository.close(Number(followUpId), 'done', clock())),
      'worklist:move': (followUpId, dueOn) => {
        const days = daysBetween(localDate(clock()), dueOn);
        if (days < 0) throw new RequestError('invalid-input', 'Choose today or a later day.');
        if (days > MOVE_DAYS_MAX) {
          throw new RequestError('invalid-input', 'Choose a day within the next two years.');
        }
        return change(() => repository.moveTo(Number(followUpId), dueOn));
      },
      'worklist:mark': (callId, mark) =>
        change(() => {
          if (!repository.markPromise(callId, mark, clock())) {
            throw new RequestError('not-found', 'That call took no promise to mark.');
          }
          return true;
        }),
    },
  };
}
