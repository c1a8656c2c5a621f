import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import path from 'node:path';
import {
  migrate,
  migrations,
  schemaVersion,
} from '../../../../../electron/main/storage/migrations';
import { T0 } from '../../../../support/builders';
import { tempDirs } from '../../../../support/temp-dir';

const dirs = tempDirs();
const databases: DatabaseSyncInstance[] = [];

afterEach(() => {
  for (const db of databases.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

const captures = JSON.stringify({
  'check-in-mail': { 'check-number': '104233', tracking: '1Z 999 AA1', amount: '1,250.00' },
  dispute: { owner: 'Priya Natarajan' },
});

/** A version 3 database with one ended call that captured a check, and one with nothing. */
function v3Database(): DatabaseSyncInstance {
  const db = new DatabaseSync(path.join(dirs.make(), 'call-coach.db'));
  databases.push(db);
  migrate(
    db,
    migrations.filter((migration) => migration.version <= 3),
  );
  const insert = db.prepare(`
    INSERT INTO calls (id, playbook_id, playbook_version, customer, contact, invoice,
      amount_due_cents, started_at, ended_at, steps_json, captures_json, notes, updated_at)
    VALUES (?, 'default-ar', 3, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?)`);
  insert.run(
    'check',
    'Acme Supply',
    'Dana Reyes',
    'INV-0042',
    125_000,
    T0,
    T0 + 1,
    captures,
    'Said it went out',
    T0,
  );
  insert.run('plain', 'Globex', '', 'INV-7', null, T0 + 2, T0 + 3, '{}', 'No answer', T0);
  return db;
}

function found(db: DatabaseSyncInstance, query: string): string[] {
  const rows = db
    .prepare(
      `SELECT calls.id FROM calls_search JOIN calls ON calls.seq = calls_search.rowid
       WHERE calls_search MATCH ? ORDER BY calls.seq`,
    )
    .all(query) as { id: string }[];
  return rows.map((row) => row.id);
}

/** Migration 4 and none after it, so later versions do not change what this checks. */
function migrateToV4(db: DatabaseSyncInstance): void {
  migrate(
    db,
    migrations.filter((migration) => migration.version <= 4),
  );
}

describe('migration 4: search over captured values', () => {
  it('brings a version 3 database to version 4', () => {
    const db = v3Database();

    migrateToV4(db);

    expect(schemaVersion(db)).toBe(4);
  });

  it.each([
    ['a check number', '"104233"', ['check']],
    ['a tracking number', '"1Z" "999"', ['check']],
    ['a dispute owner', '"priya"', ['check']],
    ['the contact', '"dana"', ['check']],
    ['an amount captured, as typed without separators', '"1250.00"', ['check']],
    ['the amount due, in whole units', '"1250"', ['check']],
    ['the notes, as before', '"answer"', ['plain']],
    ['the invoice, as before', '"INV" "7"', ['plain']],
  ])('finds a stored call by %s', (_what, query, ids) => {
    const db = v3Database();

    migrateToV4(db);

    expect(found(db, query)).toEqual(ids);
  });

  it('keeps every call as it was', () => {
    const db = v3Database();
    const before = db.prepare('SELECT id, captures_json, notes FROM calls ORDER BY seq').all();

    migrateToV4(db);

    expect(db.prepare('SELECT id, captures_json, notes FROM calls ORDER BY seq').all()).toEqual(
      before,
    );
  });

  it('indexes what is captured after the migration too', () => {
    const db = v3Database();
    migrateToV4(db);

    db.prepare(`UPDATE calls SET captured_text = 'REF-5521' WHERE id = 'plain'`).run();

    expect(found(db, '"5521"')).toEqual(['plain']);
    expect(db.prepare(`PRAGMA integrity_check`).get()).toEqual({ integrity_check: 'ok' });
    db.exec(`INSERT INTO calls_search (calls_search) VALUES ('integrity-check')`);
  });
});
