import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import path from 'node:path';
import { createCallRepository } from '../../../../../electron/main/modules/calls/call-repository';
import {
  latestSchemaVersion,
  migrate,
  migrations,
  schemaVersion,
  type Migration,
} from '../../../../../electron/main/storage/migrations';
import { T0 } from '../../../../support/builders';
import { fillDisk } from '../../../../support/storage-faults';
import { tempDirs } from '../../../../support/temp-dir';
import { storageFailureOf } from '../../../../../electron/main/storage/storage-failure';

const dirs = tempDirs();
const databases: DatabaseSyncInstance[] = [];

function openFile(): DatabaseSyncInstance {
  const db = new DatabaseSync(path.join(dirs.make(), 'migrations.db'));
  databases.push(db);
  return db;
}

function tableNames(db: DatabaseSyncInstance): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

afterEach(() => {
  for (const db of databases.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

const notesTable: Migration = {
  version: 1,
  description: 'notes',
  sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);',
};

describe('migrate', () => {
  it('brings an empty database to the latest version', () => {
    const db = openFile();

    migrate(db);

    expect(schemaVersion(db)).toBe(latestSchemaVersion);
  });

  it('creates the calls, search, settings and playbooks tables', () => {
    const db = openFile();

    migrate(db);

    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['calls', 'calls_search', 'settings', 'playbooks']),
    );
  });

  it('is idempotent when run again', () => {
    const db = openFile();
    migrate(db);
    db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('k', '1');
    const tablesBefore = tableNames(db);

    migrate(db);

    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(tableNames(db)).toEqual(tablesBefore);
    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 1 });
  });

  it('applies only the migrations above the stored version', () => {
    const db = openFile();
    migrate(db, [notesTable]);

    migrate(db, [
      notesTable,
      { version: 2, description: 'tags', sql: 'CREATE TABLE tags (name TEXT);' },
    ]);

    expect(schemaVersion(db)).toBe(2);
    expect(tableNames(db)).toEqual(['notes', 'tags']);
  });

  it('rolls back a failing migration and keeps the previous version and its data', () => {
    const db = openFile();
    migrate(db, [notesTable]);
    db.prepare('INSERT INTO notes (text) VALUES (?)').run('kept');
    const failing: Migration = {
      version: 2,
      description: 'half applied, then broken',
      sql: 'CREATE TABLE tags (name TEXT); ALTER TABLE notes ADD COLUMN size INTEGER; THIS IS NOT SQL;',
    };

    expect(() => migrate(db, [notesTable, failing])).toThrow();

    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['notes']);
    expect(db.prepare('SELECT * FROM notes').all()).toEqual([{ id: 1, text: 'kept' }]);
  });

  it('keeps the versions that applied before the one that failed', () => {
    const db = openFile();

    expect(() =>
      migrate(db, [
        notesTable,
        { version: 2, description: 'broken', sql: 'CREATE TABLE notes (duplicate TEXT);' },
      ]),
    ).toThrow();

    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['notes']);
  });

  it('leaves no transaction open after a failure', () => {
    const db = openFile();
    expect(() => migrate(db, [{ version: 1, description: 'broken', sql: 'NOT SQL' }])).toThrow();

    expect(db.isTransaction).toBe(false);
  });

  it('rethrows a full disk as itself, not as a failed rollback', () => {
    const db = openFile();
    migrate(db, [notesTable]);
    fillDisk(db);
    // A write that needs new pages makes SQLite roll the whole transaction back by itself.
    const growing: Migration = {
      version: 2,
      description: 'needs room',
      sql: "INSERT INTO notes (text) VALUES (printf('%.100000c', 'x'));",
    };

    let failure: unknown;
    try {
      migrate(db, [notesTable, growing]);
    } catch (error) {
      failure = error;
    }

    expect(storageFailureOf(failure)).toBe('full');
    expect(schemaVersion(db)).toBe(1);
    expect(db.isTransaction).toBe(false);
  });
});

describe('migrating a version 1 database to the latest', () => {
  const steps = [{ stepId: 'prepare', title: 'Prepare', checkedAt: T0 + 1_000 }];

  function v1DatabaseWithCalls(): DatabaseSyncInstance {
    const db = openFile();
    migrate(
      db,
      migrations.filter((migration) => migration.version === 1),
    );
    const insert = db.prepare(`
      INSERT INTO calls (id, playbook_id, playbook_version, customer, account_number, invoice,
        amount_due_cents, started_at, ended_at, steps_json, steps_done, notes, updated_at)
      VALUES (?, 'default-ar', 1, ?, 'AC-1', 'INV-1', 5000, ?, ?, ?, 1, ?, ?)`);
    insert.run('ended', 'Acme Supplies', T0, T0 + 60_000, JSON.stringify(steps), 'Paid Friday', T0);
    insert.run('open', 'Globex', T0 + 120_000, null, JSON.stringify(steps), 'Half typed', T0);
    return db;
  }

  it('reads its calls back through the repository with the new fields empty', () => {
    const db = v1DatabaseWithCalls();

    migrate(db);
    const repository = createCallRepository(db, () => T0);

    expect(repository.get('ended')).toMatchObject({
      id: 'ended',
      customer: 'Acme Supplies',
      amountDueCents: 5000,
      contact: '',
      customerSince: '',
      dueOn: null,
      endedAt: T0 + 60_000,
      steps,
      branches: [],
      captures: {},
      questionsAsked: [],
      notes: 'Paid Friday',
      closing: null,
    });
    expect(repository.findOpen()?.id).toBe('open');
  });
});

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(
      migrations.map((_, index) => index + 1),
    );
  });

  it('never drop tables or columns, only triggers and the full-text indexes they rebuild', () => {
    for (const migration of migrations) {
      const rebuilt = [...(migration.rebuildsIndexes ?? [])];
      const dropped = [...migration.sql.matchAll(/\bDROP\s+(\w+)\s+(\w+)/gi)].map(
        ([, kind = '', name = '']) => ({ kind: kind.toUpperCase(), name }),
      );
      expect(migration.sql.match(/\bDROP\b/gi)?.length ?? 0, migration.description).toBe(
        dropped.length,
      );
      for (const { kind, name } of dropped) {
        if (kind === 'TRIGGER') continue;
        expect({ kind, name }, migration.description).toEqual({
          kind: 'TABLE',
          name: expect.toBeOneOf(rebuilt) as string,
        });
      }
    }
  });

  it('rebuild only full-text indexes that hold no data of their own, in the same migration', () => {
    for (const migration of migrations) {
      for (const index of migration.rebuildsIndexes ?? []) {
        expect(migration.sql, migration.description).toMatch(
          new RegExp(`CREATE VIRTUAL TABLE ${index} USING fts5\\([^)]*content = '\\w+'`, 's'),
        );
      }
    }
  });

  it('never delete rows', () => {
    for (const migration of migrations)
      expect(migration.sql, migration.description).not.toMatch(/\bDELETE\s+FROM\b/i);
  });
});
