import type { Migration } from './migration';

/**
 * Version 2: a call's contact, situations, captures and closing, and the playbook snapshots calls
 * point at. Calls stored by version 1 read back with the defaults.
 */
export const situationsAndPlaybookSnapshots: Migration = {
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
};
