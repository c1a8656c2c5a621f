import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';

/** One schema change. Migrations only add: a table, a column, an index. They never drop data. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'calls with their steps and notes, full-text index, settings',
    sql: `
      CREATE TABLE calls (
        seq INTEGER PRIMARY KEY,            -- stable rowid for the full-text index
        id TEXT NOT NULL UNIQUE,
        playbook_id TEXT NOT NULL,
        playbook_version INTEGER NOT NULL,
        customer TEXT NOT NULL,
        account_number TEXT NOT NULL DEFAULT '',
        invoice TEXT NOT NULL DEFAULT '',
        amount_due_cents INTEGER,
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        steps_json TEXT NOT NULL,
        steps_done INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX calls_open ON calls (started_at DESC) WHERE ended_at IS NULL;

      CREATE VIRTUAL TABLE calls_search USING fts5(
        customer, account_number, invoice, notes,
        content = 'calls', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER calls_search_insert AFTER INSERT ON calls BEGIN
        INSERT INTO calls_search (rowid, customer, account_number, invoice, notes)
        VALUES (new.seq, new.customer, new.account_number, new.invoice, new.notes);
      END;
      CREATE TRIGGER calls_search_delete AFTER DELETE ON calls BEGIN
        INSERT INTO calls_search (calls_search, rowid, customer, account_number, invoice, notes)
        VALUES ('delete', old.seq, old.customer, old.account_number, old.invoice, old.notes);
      END;
      CREATE TRIGGER calls_search_update AFTER UPDATE OF customer, account_number, invoice, notes ON calls
      BEGIN
        INSERT INTO calls_search (calls_search, rowid, customer, account_number, invoice, notes)
        VALUES ('delete', old.seq, old.customer, old.account_number, old.invoice, old.notes);
        INSERT INTO calls_search (rowid, customer, account_number, invoice, notes)
        VALUES (new.seq, new.customer, new.account_number, new.invoice, new.notes);
      END;

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'call contact, situations, captures and closing; playbook snapshots',
    // Existing calls read back with the defaults: no situations, nothing captured, no closing.
    sql: `
      ALTER TABLE calls ADD COLUMN contact TEXT NOT NULL DEFAULT '';
      ALTER TABLE calls ADD COLUMN customer_since TEXT NOT NULL DEFAULT '';
      ALTER TABLE calls ADD COLUMN due_on TEXT;
      ALTER TABLE calls ADD COLUMN branches_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE calls ADD COLUMN captures_json TEXT NOT NULL DEFAULT '{}';
      ALTER TABLE calls ADD COLUMN questions_json TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE calls ADD COLUMN closing_json TEXT;
      ALTER TABLE calls ADD COLUMN outcome_label TEXT;
      ALTER TABLE calls ADD COLUMN action_due_on TEXT;

      -- Snapshots calls point at (playbook_id, playbook_version): rows are only ever inserted.
      CREATE TABLE playbooks (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        document_json TEXT NOT NULL,
        stored_at INTEGER NOT NULL,
        PRIMARY KEY (id, version)
      );
      CREATE TRIGGER playbooks_no_update BEFORE UPDATE ON playbooks BEGIN
        SELECT RAISE(ABORT, 'playbook snapshots are never changed');
      END;
      CREATE TRIGGER playbooks_no_delete BEFORE DELETE ON playbooks BEGIN
        SELECT RAISE(ABORT, 'playbook snapshots are never deleted');
      END;
    `,
  },
];

export const latestSchemaVersion = Math.max(...migrations.map((migration) => migration.version));

/** The schema version stored in the file (SQLite's user_version). */
export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/**
 * Brings the database up to the latest schema, one migration per transaction, so a crash
 * mid-way leaves it at the last version that fully applied.
 */
export function migrate(db: DatabaseSync, all: readonly Migration[] = migrations): void {
  const current = schemaVersion(db);
  for (const migration of all) {
    if (migration.version <= current) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration.sql);
      db.exec(`PRAGMA user_version = ${migration.version}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}
