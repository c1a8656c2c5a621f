import type { Migration } from './migration';

/** Version 1: calls with their steps and notes, their full-text index, and settings. */
export const callsAndSearch: Migration = {
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
};
