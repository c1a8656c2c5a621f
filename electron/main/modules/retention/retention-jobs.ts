import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import type { DeletionCounts } from '../../../../shared/domain/retention';
import { createDeletionRepository } from './deletion-repository';

/**
 * Deletions run in the import worker over its own read-write connection: merging the search
 * indexes and checkpointing after a deletion reads and rewrites many pages, which main's event
 * loop must not wait for. Each job answers with what it removed.
 */
export interface RetentionJobs {
  readonly deleteCall: (callId: string) => DeletionCounts;
  readonly deleteAccount: (accountId: number) => DeletionCounts;
  /** Counts every ended call before `cutoffMs`: a scan of every call, so it runs here too. */
  readonly countEndedBefore: (cutoffMs: number) => DeletionCounts;
  readonly deleteEndedBefore: (cutoffMs: number) => DeletionCounts;
}

export function createRetentionJobs(db: DatabaseSync): RetentionJobs {
  const deletions = createDeletionRepository(db);
  return {
    deleteCall: (callId) => deletions.deleteCall(callId).counts,
    deleteAccount: (accountId) => deletions.deleteAccount(accountId).counts,
    countEndedBefore: (cutoffMs) => deletions.countEndedBefore(cutoffMs),
    deleteEndedBefore: (cutoffMs) => deletions.deleteEndedBefore(cutoffMs).counts,
  };
}
