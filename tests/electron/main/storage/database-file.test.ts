import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import fs from 'node:fs';
import {
  CALL_COACH_APPLICATION_ID,
  hasPendingJournal,
  inspectFile,
  openReadOnly,
} from '../../../../electron/main/storage/database-file';
import { closeDatabase, openDatabase } from '../../../../electron/main/storage/database';
import { latestSchemaVersion } from '../../../../electron/main/storage/migrations';
import {
  databaseFileIn,
  filesIn,
  hashOf,
  openRaw,
  writeForeignDatabase,
  writeUnmarkedDatabase,
} from '../../../support/database-files';
import { tempDirs } from '../../../support/temp-dir';

const dirs = tempDirs();
const open: DatabaseSyncInstance[] = [];

afterEach(() => {
  for (const db of open.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

/** A cleanly closed Call Coach database with nothing beside it, as after the app quits. */
function writeOurs(dir: string, version = latestSchemaVersion): string {
  const { db, file } = openDatabase(dirs.make());
  if (version !== latestSchemaVersion) db.exec(`PRAGMA user_version = ${version}`);
  closeDatabase(db);
  const target = databaseFileIn(dir);
  fs.copyFileSync(file, target);
  return target;
}

describe('inspectFile', () => {
  it('finds nothing where there is no file', () => {
    expect(inspectFile(databaseFileIn(dirs.make()), true)).toEqual({ kind: 'missing' });
  });

  it('calls a folder not a file', () => {
    const file = databaseFileIn(dirs.make());
    fs.mkdirSync(file);

    expect(inspectFile(file, true)).toEqual({ kind: 'not-a-file' });
  });

  it('calls an empty file blank', () => {
    const file = databaseFileIn(dirs.make());
    fs.writeFileSync(file, '');

    expect(inspectFile(file, true)).toEqual({ kind: 'blank' });
  });

  it('calls an SQLite file with nothing in it blank', () => {
    const file = databaseFileIn(dirs.make());
    writeForeignDatabase(file, 'PRAGMA page_size = 4096; VACUUM');

    expect(inspectFile(file, true)).toEqual({ kind: 'blank' });
  });

  it('recognises Call Coach’s own database, marked', () => {
    const file = writeOurs(dirs.make());

    expect(inspectFile(file, true)).toEqual({
      kind: 'ours',
      version: latestSchemaVersion,
      isMarked: true,
    });
  });

  it('recognises a database from a newer version as ours', () => {
    const file = writeOurs(dirs.make(), latestSchemaVersion + 3);

    expect(inspectFile(file, true)).toMatchObject({
      kind: 'ours',
      version: latestSchemaVersion + 3,
    });
  });

  it('recognises an unmarked Call Coach database of a known version', () => {
    const file = databaseFileIn(dirs.make());
    writeUnmarkedDatabase(file, 1);

    expect(inspectFile(file, true)).toEqual({ kind: 'ours', version: 1, isMarked: false });
  });

  it('calls a marked file at version 0 with tables in it damaged', () => {
    const file = databaseFileIn(dirs.make());
    writeForeignDatabase(file, 'CREATE TABLE calls (id TEXT)', CALL_COACH_APPLICATION_ID);

    expect(inspectFile(file, true)).toEqual({ kind: 'damaged' });
  });

  it('calls an unmarked file whose tables are not Call Coach’s another application’s', () => {
    const file = databaseFileIn(dirs.make());
    writeForeignDatabase(file, 'CREATE TABLE calls (id TEXT); PRAGMA user_version = 2');

    expect(inspectFile(file, true)).toEqual({ kind: 'other-app' });
  });

  it('calls a file of garbage damaged', () => {
    const file = databaseFileIn(dirs.make());
    fs.writeFileSync(file, 'garbage '.repeat(1000));

    expect(inspectFile(file, true)).toEqual({ kind: 'damaged' });
  });

  it('reads a database without creating anything beside it when the folder is read-only', () => {
    const dir = dirs.make();
    const file = writeOurs(dir);

    inspectFile(file, false);

    expect(filesIn(dir)).toEqual(['call-coach.db']);
  });
});

describe('openReadOnly', () => {
  it('opens a connection that cannot write', () => {
    const file = writeOurs(dirs.make());
    const db = openReadOnly(file, true);
    open.push(db);

    expect(() => db.exec("INSERT INTO settings VALUES ('k', '1')")).toThrow();
  });

  it('reads the main file on its own when the folder is read-only and nothing is pending', () => {
    const dir = dirs.make();
    const file = writeOurs(dir);
    const before = hashOf(file);
    const db = openReadOnly(file, false);
    open.push(db);

    expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
    closeDatabase(db);
    expect(hashOf(file)).toBe(before);
    expect(filesIn(dir)).toEqual(['call-coach.db']);
  });
});

describe('hasPendingJournal', () => {
  it('is true only for a -wal or -journal with something in it', () => {
    const file = databaseFileIn(dirs.make());
    const answers = [hasPendingJournal(file)];
    fs.writeFileSync(`${file}-wal`, '');
    answers.push(hasPendingJournal(file));
    fs.writeFileSync(`${file}-journal`, 'x');
    answers.push(hasPendingJournal(file));

    expect(answers).toEqual([false, false, true]);
  });
});

describe('CALL_COACH_APPLICATION_ID', () => {
  it('is stored by SQLite as it is', () => {
    const db = openRaw(databaseFileIn(dirs.make()));
    open.push(db);
    db.exec(`PRAGMA application_id = ${CALL_COACH_APPLICATION_ID}`);

    expect(db.prepare('PRAGMA application_id').get()).toEqual({
      application_id: CALL_COACH_APPLICATION_ID,
    });
  });
});
