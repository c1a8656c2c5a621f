import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import type { AccountFile } from '../../../shared/domain/account-file';
import type { TimelineEntry } from '../../../shared/domain/account-timeline';
import type { AccountPick } from '../../../shared/domain/accounts';
import type { HistoryPage, HistoryQuery } from '../../../shared/domain/history';
import type { PickQuery } from '../modules/accounts/account-reader';
import { passesQuickCheck } from '../storage/database-file';
import type { Readers } from './readers';

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

/** Each job as the worker runs it: at once, or once what it reads with has loaded. */
export type ReadJobRunners = {
  readonly [J in ReadJobName]: (
    input: Parameters<ReadJobs[J]>[0],
  ) => ReturnType<ReadJobs[J]> | Promise<ReturnType<ReadJobs[J]>>;
};

export interface ReadJobsOnConnection {
  readonly jobs: ReadJobRunners;
  /** Loads the readers ahead of their first job; a failure is left for that job to report. */
  preload(): void;
}

/**
 * Every job, over the worker's own read-only connection. The readers (History's and the
 * accounts', with the playbook format and the domain rules they bring) load on their first job
 * or on `preload`: the check of every page at start-up needs none of them, and should not wait
 * for them.
 */
export function createReadJobs(db: DatabaseSyncInstance): ReadJobsOnConnection {
  let readers: Promise<Readers> | null = null;
  const loaded = () =>
    (readers ??= import('./readers')
      .then(({ createReaders }) => createReaders(db))
      .catch((error: unknown) => {
        // Tried again on the next job, as a connection that could not be opened is.
        readers = null;
        throw error;
      }));
  return {
    jobs: {
      history: async (query) => (await loaded()).history.page(query),
      accountPick: async (query) => (await loaded()).accounts.pick(query),
      accountFile: async (accountId) => (await loaded()).accounts.file(accountId),
      accountTimeline: async (accountId) => (await loaded()).accounts.timeline(accountId),
      integrity: () => passesQuickCheck(db),
    },
    preload: () => void loaded().catch(() => undefined),
  };
}
