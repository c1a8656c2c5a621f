import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import { callsAndSearch } from './001-calls-and-search';
import { situationsAndPlaybookSnapshots } from './002-situations-and-playbook-snapshots';
import { accountsAndInvoices } from './003-accounts-and-invoices';
import { searchCapturedValues } from './004-search-captured-values';
import { followThrough } from './005-follow-through';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** Every schema version in order: version n is at index n - 1. */
export const migrations: readonly Migration[] = [
  callsAndSearch,
  situationsAndPlaybookSnapshots,
  accountsAndInvoices,
  searchCapturedValues,
  followThrough,
];

export const latestSchemaVersion = Math.max(...migrations.map((migration) => migration.version));

/** The schema version stored in the file (SQLite's user_version). */
export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/**
 * Brings the database up to the latest schema, one migration per transaction, so a crash
 * mid-way leaves it at the last version that fully applied. A migration that fails leaves the
 * database at the version before it and rethrows the migration's own error.
 */
export function migrate(db: DatabaseSync, all: readonly Migration[] = migrations): void {
  const current = schemaVersion(db);
  for (const migration of all) {
    if (migration.version <= current) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration.sql);
      migration.fill?.(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
      db.exec('COMMIT');
    } catch (error) {
      // SQLite has already rolled back after some errors (a full disk, for one); a second
      // ROLLBACK would throw and hide the error that matters.
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
}
