import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import path from 'node:path';
import {
  latestSchemaVersion,
  migrate,
  migrations,
  schemaVersion,
  type Migration,
} from '../../../../electron/main/storage/migrations';
import { tempDirs } from '../../../support/temp-dir';

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
    .all() as {
    name: string;
  }[];
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

  it('creates the calls, search and settings tables', () => {
    const db = openFile();

    migrate(db);

    expect(tableNames(db)).toEqual(expect.arrayContaining(['calls', 'calls_search', 'settings']));
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
});

describe('migrations', () => {
  it('are numbered 1, 2, 3… in order', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(
      migrations.map((_, index) => index + 1),
    );
  });

  it('never drop tables or columns', () => {
    for (const migration of migrations)
      expect(migration.sql, migration.description).not.toMatch(/\bDROP\b/i);
  });
});
