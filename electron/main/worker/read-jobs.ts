import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import type { HistoryPage, HistoryQuery } from '../../../shared/domain/history';
import { createHistoryReader } from '../modules/calls/history-reader';
import { passesQuickCheck } from '../storage/database-file';

/** The work the read worker does, by name: what each takes and what it answers. */
export interface ReadJobs {
  history: (query: HistoryQuery) => HistoryPage;
  /** Reads every page of the database: true when nothing is damaged. */
  integrity: (input: null) => boolean;
}

export type ReadJobName = keyof ReadJobs;

/** Every job, over the worker's own read-only connection. */
export function createReadJobs(db: DatabaseSyncInstance): ReadJobs {
  const history = createHistoryReader(db);
  return {
    history: (query) => history.page(query),
    integrity: () => passesQuickCheck(db),
  };
}
