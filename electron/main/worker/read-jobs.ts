import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import type { AccountFile } from '../../../shared/domain/account-file';
import type { TimelineEntry } from '../../../shared/domain/account-timeline';
import type { AccountPick } from '../../../shared/domain/accounts';
import type { HistoryPage, HistoryQuery } from '../../../shared/domain/history';
import { createAccountReader, type PickQuery } from '../modules/accounts/account-reader';
import { createHistoryReader } from '../modules/calls/history-reader';
import { passesQuickCheck } from '../storage/database-file';

/** The work the read worker does, by name: what each takes and what it answers. */
export interface ReadJobs {
  history: (query: HistoryQuery) => HistoryPage;
  accountPick: (query: PickQuery) => AccountPick[];
  accountFile: (accountId: number) => AccountFile | null;
  accountTimeline: (accountId: number) => TimelineEntry[] | null;
  /** Reads every page of the database: true when nothing is damaged. */
  integrity: (input: null) => boolean;
}

export type ReadJobName = keyof ReadJobs;

/** Every job, over the worker's own read-only connection. */
export function createReadJobs(db: DatabaseSyncInstance): ReadJobs {
  const history = createHistoryReader(db);
  // The worker has no console of its own to speak of; what it cannot read it reports there.
  const accounts = createAccountReader(db, {
    error: (message, error) => console.error(message, error),
  });
  return {
    history: (query) => history.page(query),
    accountPick: (query) => accounts.pick(query),
    accountFile: (accountId) => accounts.file(accountId),
    accountTimeline: (accountId) => accounts.timeline(accountId),
    integrity: () => passesQuickCheck(db),
  };
}
