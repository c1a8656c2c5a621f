import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import {
  latestSchemaVersion,
  migrate,
  migrations,
} from '../../../../electron/main/storage/migrations';
import { hasSchemaOf } from '../../../../electron/main/storage/schema-shape';
import { databaseFileIn, openRaw } from '../../../support/database-files';
import { tempDirs } from '../../../support/temp-dir';

const dirs = tempDirs();
const open: DatabaseSyncInstance[] = [];

afterEach(() => {
  for (const db of open.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

function databaseAt(version: number): DatabaseSyncInstance {
  const db = openRaw(databaseFileIn(dirs.make()));
  open.push(db);
  migrate(
    db,
    migrations.filter((migration) => migration.version <= version),
  );
  return db;
}

describe('hasSchemaOf', () => {
  it.each(migrations.map((migration) => migration.version))(
    'is true for a database the migrations brought to version %i',
    (version) => {
      expect(hasSchemaOf(databaseAt(version), version)).toBe(true);
    },
  );

  it('is false for a version 1 database asked about the latest version', () => {
    expect(hasSchemaOf(databaseAt(1), latestSchemaVersion)).toBe(latestSchemaVersion === 1);
  });

  it('allows tables and columns it does not know', () => {
    const db = databaseAt(latestSchemaVersion);
    db.exec('CREATE TABLE later (x); ALTER TABLE calls ADD COLUMN later_column TEXT');

    expect(hasSchemaOf(db, latestSchemaVersion + 1)).toBe(true);
  });

  it('is false when a column is missing', () => {
    const db = databaseAt(latestSchemaVersion);
    db.exec('ALTER TABLE settings RENAME COLUMN value_json TO value');

    expect(hasSchemaOf(db, latestSchemaVersion)).toBe(false);
  });

  it('is true for version 0 only when nothing has been created', () => {
    const empty = openRaw(databaseFileIn(dirs.make()));
    open.push(empty);

    expect([hasSchemaOf(empty, 0), hasSchemaOf(databaseAt(1), 0)]).toEqual([true, false]);
  });
});
