import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import type { CaptureValues } from '../../../../shared/domain/capture';
import { capturedSearchText } from '../../../../shared/domain/search-text';
import type { Migration } from './migration';

const COLUMNS = ['customer', 'account_number', 'invoice', 'contact', 'captured_text', 'notes'];
const LIST = COLUMNS.join(', ');
const NEW = COLUMNS.map((column) => `new.${column}`).join(', ');
const OLD = COLUMNS.map((column) => `old.${column}`).join(', ');

// Created once the index is filled: an update trigger in place while the calls' captured text is
// written would ask the empty index to forget rows it never had, which FTS5 reads as damage.
const KEEP_INDEX_IN_STEP = `
    CREATE TRIGGER calls_search_insert AFTER INSERT ON calls BEGIN
      INSERT INTO calls_search (rowid, ${LIST}) VALUES (new.seq, ${NEW});
    END;
    CREATE TRIGGER calls_search_delete AFTER DELETE ON calls BEGIN
      INSERT INTO calls_search (calls_search, rowid, ${LIST}) VALUES ('delete', old.seq, ${OLD});
    END;
    CREATE TRIGGER calls_search_update AFTER UPDATE OF ${LIST} ON calls BEGIN
      INSERT INTO calls_search (calls_search, rowid, ${LIST}) VALUES ('delete', old.seq, ${OLD});
      INSERT INTO calls_search (rowid, ${LIST}) VALUES (new.seq, ${NEW});
    END;
`;

/**
 * Every stored call's captured values, written into the column the index reads them from; then
 * the index is built from the calls and kept in step from here on.
 */
function fillCapturedText(db: DatabaseSync): void {
  const calls = db.prepare('SELECT seq, captures_json, amount_due_cents FROM calls').all() as {
    seq: number;
    captures_json: string;
    amount_due_cents: number | null;
  }[];
  const write = db.prepare('UPDATE calls SET captured_text = ? WHERE seq = ?');
  for (const call of calls) {
    const captures = JSON.parse(call.captures_json) as Record<string, CaptureValues>;
    write.run(capturedSearchText(captures, call.amount_due_cents), call.seq);
  }
  db.exec(`INSERT INTO calls_search (calls_search) VALUES ('rebuild')`);
  db.exec(KEEP_INDEX_IN_STEP);
}

/**
 * Version 4: History searches what was captured on a call (check and tracking numbers, amounts,
 * a dispute's owner) and the contact, besides the customer, references and notes. The index
 * holds no data of its own (it reads the calls table), so it is rebuilt with the new columns
 * rather than altered, which FTS5 cannot do; every call is kept as it was.
 */
export const searchCapturedValues: Migration = {
  version: 4,
  description: 'search over captured values and the contact; outcomes indexed',
  rebuildsIndexes: ['calls_search'],
  sql: `
    ALTER TABLE calls ADD COLUMN captured_text TEXT NOT NULL DEFAULT '';
    -- Read off the closing, so History can be narrowed to one outcome without parsing every row.
    ALTER TABLE calls ADD COLUMN outcome_id TEXT
      GENERATED ALWAYS AS (json_extract(closing_json, '$.outcomeId')) VIRTUAL;
    CREATE INDEX calls_by_outcome ON calls (outcome_id, seq);

    DROP TRIGGER calls_search_insert;
    DROP TRIGGER calls_search_delete;
    DROP TRIGGER calls_search_update;
    DROP TABLE calls_search;

    CREATE VIRTUAL TABLE calls_search USING fts5(
      ${LIST},
      content = 'calls', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
  `,
  fill: fillCapturedText,
};
