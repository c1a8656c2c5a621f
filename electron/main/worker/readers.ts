import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import { createAccountReader, type AccountReader } from '../modules/accounts/account-reader';
import { createHistoryReader, type HistoryReader } from '../modules/calls/history-reader';

/** What the read worker reads with, over its own connection. */
export interface Readers {
  readonly history: HistoryReader;
  readonly accounts: AccountReader;
}

export function createReaders(db: DatabaseSyncInstance): Readers {
  return {
    history: createHistoryReader(db),
    // The worker has no console of its own to speak of; what it cannot read it reports there.
    accounts: createAccountReader(db, { error: (message, error) => console.error(message, error) }),
  };
}
