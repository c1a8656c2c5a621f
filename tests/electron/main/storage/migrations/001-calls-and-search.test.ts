import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import fs from 'node:fs';
import path from 'node:path';
import { callsAndSearch } from '../../../../../electron/main/storage/migrations/001-calls-and-search';
import { migrate, schemaVersion } from '../../../../../electron/main/storage/migrations';
import { T0 } from '../../../../support/builders';
import { tempDirs } from '../../../../support/temp-dir';

const dirs = tempDirs();
const databases: DatabaseSyncInstance[] = [];

afterEach(() => {
  for (const db of databases.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

/** Version 0: an empty file on disk, as a first start finds it. */
function emptyFile(): DatabaseSyncInstance {
  const file = path.join(dirs.make(), 'call-coach.db');
  fs.writeFileSync(file, '');
  const db = new DatabaseSync(file);
  databases.push(db);
  return db;
}

function columnsOf(db: DatabaseSyncInstance, table: string): string[] {
  const rows = db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as {
    name: string;
  }[];
  return rows.map((row) => row.name);
}

function insertCall(db: DatabaseSyncInstance, id: string, notes: string): void {
  db.prepare(
    `INSERT INTO calls (id, playbook_id, playbook_version, customer, started_at, steps_json,
      notes, updated_at)
    VALUES (?, 'default-ar', 1, 'Acme Supplies', ?, '[]', ?, ?)`,
  ).run(id, T0, notes, T0);
}

function search(db: DatabaseSyncInstance, term: string): string[] {
  const rows = db
    .prepare(
      `SELECT calls.id FROM calls_search JOIN calls ON calls.seq = calls_search.rowid
      WHERE calls_search MATCH ? ORDER BY calls.seq`,
    )
    .all(term) as { id: string }[];
  return rows.map((row) => row.id);
}

describe('migration 1: calls and search', () => {
  it('brings an empty file to version 1', () => {
    const db = emptyFile();

    migrate(db, [callsAndSearch]);

    expect(schemaVersion(db)).toBe(1);
  });

  it('creates the calls table with its columns', () => {
    const db = emptyFile();

    migrate(db, [callsAndSearch]);

    expect(columnsOf(db, 'calls')).toEqual([
      'seq',
      'id',
      'playbook_id',
      'playbook_version',
      'customer',
      'account_number',
      'invoice',
      'amount_due_cents',
      'started_at',
      'ended_at',
      'steps_json',
      'steps_done',
      'notes',
      'updated_at',
    ]);
  });

  it('creates the settings table', () => {
    const db = emptyFile();

    migrate(db, [callsAndSearch]);

    expect(columnsOf(db, 'settings')).toEqual(['key', 'value_json']);
  });

  it('keeps the search index in step with inserts, edits and deletes', () => {
    const db = emptyFile();
    migrate(db, [callsAndSearch]);
    insertCall(db, 'a', 'promised a cheque');
    insertCall(db, 'b', 'disputed the invoice');

    db.prepare("UPDATE calls SET notes = 'paid by transfer' WHERE id = 'a'").run();
    db.prepare("DELETE FROM calls WHERE id = 'b'").run();

    expect([search(db, 'cheque'), search(db, 'transfer'), search(db, 'disputed')]).toEqual([
      [],
      ['a'],
      [],
    ]);
  });

  it('searches without regard to accents', () => {
    const db = emptyFile();
    migrate(db, [callsAndSearch]);
    insertCall(db, 'a', 'spoke with Zoë in accounts');

    expect(search(db, 'zoe')).toEqual(['a']);
  });
});
