import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import type { AccountDeletionCounts, DeletionCounts } from '../../../../shared/domain/retention';
import { inTransaction } from '../../storage/transaction';

/** What a deletion removed, and whether the WAL could be emptied straight after. */
export interface Deletion {
  readonly counts: DeletionCounts;
  /**
   * False when another connection (a worker still reading) kept the checkpoint from emptying
   * the WAL; the old pages there are then overwritten by later writes and removed at close.
   */
  readonly isWalEmptied: boolean;
}

/**
 * Deletes calls and accounts so that no copy stays in the database file: the rows, what hangs off
 * them, their full-text entries and, once the WAL is checkpointed, the pages that held them.
 * Each method is one transaction. An open call is never deleted.
 */
export interface DeletionRepository {
  /** What deleting this call would remove; all zero when there is no such ended call. */
  countCall(callId: string): DeletionCounts;
  /**
   * Deletes an ended call with its promise and follow-ups.
   * @throws OpenCallError when the call is still open
   */
  deleteCall(callId: string): Deletion;
  /** What deleting this account would remove, or null when there is no such account. */
  countAccount(accountId: number): AccountDeletionCounts | null;
  /**
   * Deletes the account with its calls (and their promises and follow-ups), contacts, invoices
   * and invoice changes. The imports stay: they record files, not the account.
   * @throws OpenCallError when one of its calls is still open
   */
  deleteAccount(accountId: number): Deletion;
  /** What deleting every call that ended before `cutoffMs` would remove. */
  countEndedBefore(cutoffMs: number): DeletionCounts;
  /** Deletes every call that ended before `cutoffMs`; calls still open always stay. */
  deleteEndedBefore(cutoffMs: number): Deletion;
}

const NO_ROWS: DeletionCounts = {
  calls: 0,
  promises: 0,
  followUps: 0,
  contacts: 0,
  invoices: 0,
  invoiceEvents: 0,
};

// The full-text indexes over the tables deletions touch.
const SEARCH_INDEXES = ['calls_search', 'account_search', 'contact_search', 'invoice_search'];

/** A deletion refused because a call it would remove is still in progress. */
export class OpenCallError extends Error {
  constructor() {
    super('A call still in progress cannot be deleted. End the call first.');
    this.name = 'OpenCallError';
  }
}

/**
 * A repository over a read-write connection: main's, or the import worker's, which deletes calls
 * past the retention period.
 */
export function createDeletionRepository(db: DatabaseSync): DeletionRepository {
  // secure_delete belongs to the connection, not the file: a connection opened without it (the
  // import worker's) would leave a deleted row's bytes in the freed space of its pages.
  db.exec('PRAGMA secure_delete = ON');
  const count = (sql: string, ...parameters: (string | number)[]): number =>
    (db.prepare(sql).get(...parameters) as { n: number }).n;

  const callCounts = (where: string, ...parameters: (string | number)[]): DeletionCounts => ({
    ...NO_ROWS,
    calls: count(`SELECT count(*) AS n FROM calls WHERE ${where}`, ...parameters),
    promises: count(
      `SELECT count(*) AS n FROM promises WHERE call_id IN (SELECT id FROM calls WHERE ${where})`,
      ...parameters,
    ),
    followUps: count(
      `SELECT count(*) AS n FROM follow_ups WHERE call_id IN (SELECT id FROM calls WHERE ${where})`,
      ...parameters,
    ),
  });

  const ENDED_CALL = 'id = ? AND ended_at IS NOT NULL';
  const ENDED_BEFORE = 'ended_at IS NOT NULL AND ended_at < ?';

  const accountCounts = (accountId: number): DeletionCounts => ({
    calls: count('SELECT count(*) AS n FROM calls WHERE account_id = ?', accountId),
    promises: count(
      `SELECT count(*) AS n FROM promises
       WHERE account_id = ? OR call_id IN (SELECT id FROM calls WHERE account_id = ?)`,
      accountId,
      accountId,
    ),
    followUps: count(
      `SELECT count(*) AS n FROM follow_ups
       WHERE account_id = ? OR call_id IN (SELECT id FROM calls WHERE account_id = ?)`,
      accountId,
      accountId,
    ),
    contacts: count('SELECT count(*) AS n FROM account_contacts WHERE account_id = ?', accountId),
    invoices: count('SELECT count(*) AS n FROM invoices WHERE account_id = ?', accountId),
    invoiceEvents: count(
      `SELECT count(*) AS n FROM invoice_events
       WHERE invoice_id IN (SELECT id FROM invoices WHERE account_id = ?)`,
      accountId,
    ),
  });

  /**
   * FTS5 forgets a deleted row by adding a delete marker; the segment that holds its words stays
   * until segments are merged. 'optimize' merges every segment into one without the deleted
   * entries, so the words leave the index's pages (which secure_delete then zeroes).
   */
  const mergeSearchIndexes = (): void => {
    for (const index of SEARCH_INDEXES) {
      db.exec(`INSERT INTO ${index} (${index}) VALUES ('optimize')`);
    }
  };

  /**
   * Writes the WAL back into the file and truncates it to nothing, so the frames that held the
   * deleted rows' earlier pages are gone. Inside a caller's transaction there is nothing
   * committed to checkpoint yet, so it is left to that caller.
   */
  const emptyWal = (): boolean => {
    if (db.isTransaction) return false;
    const row = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get() as { busy: number };
    return row.busy === 0;
  };

  const deleting = (work: () => DeletionCounts): Deletion => {
    const counts = inTransaction(db, () => {
      const removed = work();
      if (removed.calls + removed.contacts + removed.invoices > 0) mergeSearchIndexes();
      return removed;
    });
    return { counts, isWalEmptied: emptyWal() };
  };

  const refuseOpenCalls = (where: string, ...parameters: (string | number)[]): void => {
    const open = count(
      `SELECT count(*) AS n FROM calls WHERE ended_at IS NULL AND ${where}`,
      ...parameters,
    );
    if (open > 0) throw new OpenCallError();
  };

  // Promises and follow-ups go with their call (ON DELETE CASCADE), and each call's search entry
  // with it (the calls_search_delete trigger).
  const deleteCalls = db.prepare('DELETE FROM calls WHERE id = ? AND ended_at IS NOT NULL');
  const deleteEnded = db.prepare(`DELETE FROM calls WHERE ${ENDED_BEFORE}`);
  const accountName = db.prepare('SELECT name FROM accounts WHERE id = ?');
  const accountDeletes = [
    'DELETE FROM promises WHERE account_id = ?',
    'DELETE FROM follow_ups WHERE account_id = ?',
    'DELETE FROM calls WHERE account_id = ?',
    'DELETE FROM invoice_events WHERE invoice_id IN (SELECT id FROM invoices WHERE account_id = ?)',
    'DELETE FROM invoices WHERE account_id = ?',
    'DELETE FROM account_contacts WHERE account_id = ?',
    'DELETE FROM accounts WHERE id = ?',
  ].map((sql) => db.prepare(sql));

  return {
    countCall: (callId) => callCounts(ENDED_CALL, callId),
    deleteCall: (callId) =>
      deleting(() => {
        refuseOpenCalls('id = ?', callId);
        const counts = callCounts(ENDED_CALL, callId);
        deleteCalls.run(callId);
        return counts;
      }),
    countAccount: (accountId) => {
      const row = accountName.get(accountId) as { name: string } | undefined;
      return row ? { name: row.name, counts: accountCounts(accountId) } : null;
    },
    deleteAccount: (accountId) =>
      deleting(() => {
        if (accountName.get(accountId) === undefined) return NO_ROWS;
        refuseOpenCalls('account_id = ?', accountId);
        const counts = accountCounts(accountId);
        for (const statement of accountDeletes) statement.run(accountId);
        return counts;
      }),
    countEndedBefore: (cutoffMs) => callCounts(ENDED_BEFORE, cutoffMs),
    deleteEndedBefore: (cutoffMs) =>
      deleting(() => {
        const counts = callCounts(ENDED_BEFORE, cutoffMs);
        deleteEnded.run(cutoffMs);
        return counts;
      }),
  };
}
