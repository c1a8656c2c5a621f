import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';

let savepoints = 0;

/**
 * Runs `work` as one transaction: everything it wrote is committed together, or, if it throws,
 * nothing is. Inside another transaction it becomes a savepoint, so only its own writes roll back.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  if (db.isTransaction) {
    savepoints += 1;
    const name = `work_${savepoints}`;
    db.exec(`SAVEPOINT ${name}`);
    try {
      const result = work();
      db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      // After some failures (a full disk) SQLite has already rolled the whole transaction back.
      if (db.isTransaction) {
        db.exec(`ROLLBACK TO ${name}`);
        db.exec(`RELEASE ${name}`);
      }
      throw error;
    }
  }
  // IMMEDIATE takes the write lock up front, so a read-then-write cannot be overtaken.
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    // After some failures (a full disk) SQLite has already rolled the transaction back; the
    // error to report is the one that caused it, not a failed ROLLBACK.
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
