import {
  retentionCutoffAt,
  type CallsDeleted,
  type DeletionCounts,
  type RetentionMonths,
} from '../../../../shared/domain/retention';
import type { RetentionRequests } from '../../../../shared/ipc/contracts/retention';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { ModuleContext } from '../../core/module-context';
import { RequestError } from '../../core/request-error';
import { createDeletionRepository } from './deletion-repository';
import type { RetentionJobs } from './retention-jobs';

/** Runs one deletion job off main's event loop (in the import worker). */
export type RunRetentionJob = <J extends keyof RetentionJobs>(
  job: J,
  input: Parameters<RetentionJobs[J]>[0],
) => Promise<ReturnType<RetentionJobs[J]>>;

export interface RetentionModule {
  readonly handlers: DomainHandlers<RetentionRequests>;
  /**
   * Deletes the calls that ended before the retention period, as of the clock now. Resolves with
   * what went, or null when retention is off or nothing can be written. Asked for while a run is
   * under way, it runs once that one has finished. Never rejects: a failure is logged and retried at the
   * next run.
   */
  runRetention(): Promise<DeletionCounts | null>;
}

export interface RetentionDeps {
  readonly run: RunRetentionJob | null;
  /** The call in progress, which is never deleted. */
  readonly openCall: () => { readonly id: string; readonly accountId: number | null } | null;
  /** The caller's setting, read at each run so a change applies from the next one. */
  readonly retentionMonths: () => RetentionMonths;
  /** After anything was deleted: follow-ups may have gone from the worklist. */
  readonly onDeleted?: () => void;
}

const OPEN_CALL = 'A call still in progress cannot be deleted. End the call first.';
const ACCOUNT_CALL_OPEN =
  'This account has a call in progress, so it cannot be deleted. End the call first.';
const NO_CALL = 'That call is no longer in History.';
const NO_ACCOUNT = 'That account is no longer stored.';

function isOpenCallFailure(error: unknown): boolean {
  return (error as { failure?: unknown } | null)?.failure === 'open-call';
}

/** Deleting calls and accounts on request, and calls past the retention period each day. */
export function createRetentionModule(
  { db, clock, publish, log, readOnlyBecause }: ModuleContext,
  deps: RetentionDeps,
): RetentionModule {
  // Counting one call or account reads a handful of rows by index: quick enough for main.
  const deletions = createDeletionRepository(db);

  function runner(): RunRetentionJob {
    if (readOnlyBecause) {
      throw new RequestError('unavailable', `${readOnlyBecause} Nothing can be deleted.`);
    }
    if (!deps.run) throw new RequestError('unavailable', 'Nothing can be deleted right now.');
    return deps.run;
  }

  async function deleting(work: Promise<DeletionCounts>, message: string) {
    try {
      return await work;
    } catch (error) {
      if (isOpenCallFailure(error)) throw new RequestError('conflict', message);
      throw error;
    }
  }

  function announce(deleted: CallsDeleted): void {
    publish('calls:deleted', deleted);
    deps.onDeleted?.();
  }

  // A run asked for while one is under way follows it, with the clock and setting as they are
  // then (a new day, a shorter period); more asked for meanwhile join that one.
  let last: Promise<unknown> = Promise.resolve();
  let waiting: Promise<DeletionCounts | null> | null = null;

  async function runOnce(): Promise<DeletionCounts | null> {
    const cutoff = retentionCutoffAt(clock(), deps.retentionMonths());
    if (cutoff === null || readOnlyBecause || !deps.run) return null;
    try {
      const counts = await deps.run('deleteEndedBefore', cutoff);
      if (counts.calls > 0)
        announce({ reason: 'retention', callId: null, accountId: null, counts });
      return counts;
    } catch (error) {
      log.error('Calls past the retention period could not be deleted', error);
      return null;
    }
  }

  return {
    handlers: {
      'retention:count-call': (callId) => {
        if (deps.openCall()?.id === callId) throw new RequestError('conflict', OPEN_CALL);
        const counts = deletions.countCall(callId);
        if (counts.calls === 0) throw new RequestError('not-found', NO_CALL);
        return counts;
      },
      'retention:delete-call': async (callId) => {
        if (deps.openCall()?.id === callId) throw new RequestError('conflict', OPEN_CALL);
        const counts = await deleting(runner()('deleteCall', callId), OPEN_CALL);
        if (counts.calls === 0) throw new RequestError('not-found', NO_CALL);
        announce({ reason: 'call', callId, accountId: null, counts });
        return counts;
      },
      'retention:count-account': (accountId) => {
        const found = deletions.countAccount(accountId);
        if (!found) throw new RequestError('not-found', NO_ACCOUNT);
        return found;
      },
      'retention:delete-account': async (accountId) => {
        if (deps.openCall()?.accountId === accountId) {
          throw new RequestError('conflict', ACCOUNT_CALL_OPEN);
        }
        if (!deletions.countAccount(accountId)) throw new RequestError('not-found', NO_ACCOUNT);
        const counts = await deleting(runner()('deleteAccount', accountId), ACCOUNT_CALL_OPEN);
        announce({ reason: 'account', callId: null, accountId, counts });
        return counts;
      },
      'retention:count-older': (months) => {
        const cutoff = retentionCutoffAt(clock(), months);
        if (cutoff === null) throw new RequestError('invalid-input', 'Choose how many months.');
        return runner()('countEndedBefore', cutoff);
      },
    },
    runRetention() {
      waiting ??= last.then(() => {
        waiting = null;
        return runOnce();
      });
      last = waiting;
      return waiting;
    },
  };
}
