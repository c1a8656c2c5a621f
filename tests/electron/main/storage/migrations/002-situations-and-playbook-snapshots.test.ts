import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import path from 'node:path';
import { callsAndSearch } from '../../../../../electron/main/storage/migrations/001-calls-and-search';
import { situationsAndPlaybookSnapshots } from '../../../../../electron/main/storage/migrations/002-situations-and-playbook-snapshots';
import { migrate, schemaVersion } from '../../../../../electron/main/storage/migrations';
import { T0 } from '../../../../support/builders';
import { tempDirs } from '../../../../support/temp-dir';

const dirs = tempDirs();
const databases: DatabaseSyncInstance[] = [];
const steps = JSON.stringify([{ stepId: 'prepare', title: 'Prepare', checkedAt: T0 + 1_000 }]);

afterEach(() => {
  for (const db of databases.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

/** A database file as version 1 of the app left it: one ended call, one still open, a setting. */
function v1DatabaseWithCalls(): DatabaseSyncInstance {
  const db = new DatabaseSync(path.join(dirs.make(), 'call-coach.db'));
  databases.push(db);
  db.exec('PRAGMA journal_mode = WAL');
  migrate(db, [callsAndSearch]);
  const insert = db.prepare(`
    INSERT INTO calls (id, playbook_id, playbook_version, customer, account_number, invoice,
      amount_due_cents, started_at, ended_at, steps_json, steps_done, notes, updated_at)
    VALUES (?, 'default-ar', 1, ?, 'AC-1', 'INV-1', 5000, ?, ?, ?, 1, ?, ?)`);
  insert.run('ended', 'Acme Supplies', T0, T0 + 60_000, steps, 'Paid Friday', T0);
  insert.run('open', 'Globex', T0 + 120_000, null, steps, 'Half typed', T0);
  db.prepare("INSERT INTO settings (key, value_json) VALUES ('theme', '\"dark\"')").run();
  return db;
}

function toVersion2(db: DatabaseSyncInstance): void {
  migrate(db, [callsAndSearch, situationsAndPlaybookSnapshots]);
}

describe('migration 2: situations and playbook snapshots', () => {
  it('brings a version 1 database to version 2', () => {
    const db = v1DatabaseWithCalls();

    toVersion2(db);

    expect(schemaVersion(db)).toBe(2);
  });

  it('keeps every version 1 call with its values', () => {
    const db = v1DatabaseWithCalls();

    toVersion2(db);

    expect(
      db
        .prepare(
          `SELECT id, customer, account_number, invoice, amount_due_cents, started_at, ended_at,
            steps_json, steps_done, notes FROM calls ORDER BY seq`,
        )
        .all(),
    ).toEqual([
      {
        id: 'ended',
        customer: 'Acme Supplies',
        account_number: 'AC-1',
        invoice: 'INV-1',
        amount_due_cents: 5000,
        started_at: T0,
        ended_at: T0 + 60_000,
        steps_json: steps,
        steps_done: 1,
        notes: 'Paid Friday',
      },
      {
        id: 'open',
        customer: 'Globex',
        account_number: 'AC-1',
        invoice: 'INV-1',
        amount_due_cents: 5000,
        started_at: T0 + 120_000,
        ended_at: null,
        steps_json: steps,
        steps_done: 1,
        notes: 'Half typed',
      },
    ]);
  });

  it('gives version 1 calls no contact, no situations, nothing captured and no closing', () => {
    const db = v1DatabaseWithCalls();

    toVersion2(db);

    expect(
      db
        .prepare(
          `SELECT contact, customer_since, due_on, branches_json, captures_json, questions_json,
            closing_json, outcome_label, action_due_on FROM calls WHERE id = 'ended'`,
        )
        .get(),
    ).toEqual({
      contact: '',
      customer_since: '',
      due_on: null,
      branches_json: '[]',
      captures_json: '{}',
      questions_json: '[]',
      closing_json: null,
      outcome_label: null,
      action_due_on: null,
    });
  });

  it('keeps version 1 calls findable by search', () => {
    const db = v1DatabaseWithCalls();

    toVersion2(db);

    expect(
      db
        .prepare(
          `SELECT calls.id FROM calls_search JOIN calls ON calls.seq = calls_search.rowid
          WHERE calls_search MATCH 'paid'`,
        )
        .all(),
    ).toEqual([{ id: 'ended' }]);
  });

  it('keeps the settings', () => {
    const db = v1DatabaseWithCalls();

    toVersion2(db);

    expect(db.prepare('SELECT key, value_json FROM settings').all()).toEqual([
      { key: 'theme', value_json: '"dark"' },
    ]);
  });

  it('adds an empty playbooks table keyed by id and version', () => {
    const db = v1DatabaseWithCalls();

    toVersion2(db);

    const columns = db.prepare('PRAGMA table_info(playbooks)').all() as {
      name: string;
      pk: number;
    }[];
    expect(columns.map((column) => column.name)).toEqual([
      'id',
      'version',
      'name',
      'document_json',
      'stored_at',
    ]);
    expect(columns.filter((column) => column.pk > 0).map((column) => column.name)).toEqual([
      'id',
      'version',
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM playbooks').get()).toEqual({ n: 0 });
  });

  it('keeps playbook snapshots from being changed or deleted', () => {
    const db = v1DatabaseWithCalls();
    toVersion2(db);
    db.prepare("INSERT INTO playbooks VALUES ('default-ar', 1, 'Default', '{}', ?)").run(T0);

    expect(() => db.exec("UPDATE playbooks SET name = 'Edited'")).toThrow(/never changed/);
    expect(() => db.exec('DELETE FROM playbooks')).toThrow(/never deleted/);
  });
});
