import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import fs from 'node:fs';
import path from 'node:path';
import {
  CALL_COACH_APPLICATION_ID,
  closeDatabase,
  DATABASE_FILE_NAME,
  openDatabase,
  setAsideDamagedFile,
  storageFailureOf,
  StorageUnavailableError,
  type OpenedDatabase,
  type WriteAccessProbe,
} from '../../../../electron/main/storage/database';
import { passesQuickCheck } from '../../../../electron/main/storage/database-file';
import { latestSchemaVersion, schemaVersion } from '../../../../electron/main/storage/migrations';
import {
  databaseFileIn,
  fileFormatOf,
  filesIn,
  hashOf,
  openRaw,
  overwritePage,
  pageCountOf,
  writeForeignDatabase,
  writeUnmarkedDatabase,
} from '../../../support/database-files';
import { denyWrites, fillDisk, freeDiskSpace, isRoot } from '../../../support/storage-faults';
import { tempDirs } from '../../../support/temp-dir';

const dirs = tempDirs();
const opened: OpenedDatabase[] = [];
const raw: DatabaseSyncInstance[] = [];
const NOW = new Date(Date.UTC(2026, 10, 22, 10, 42, 0, 0));
const STAMP = '2026-11-22T10-42-00-000Z';
const MOVED_NAME = `call-coach.damaged-${STAMP}.db`;
const OTHER_APP_NAME = `call-coach.other-app-${STAMP}.db`;
const GARBAGE = 'This is not a database, just text that lost its way. '.repeat(200);

function open(dataDir: string, probe?: WriteAccessProbe): OpenedDatabase {
  const result = openDatabase(dataDir, () => NOW, probe);
  opened.push(result);
  return result;
}

function keep(db: DatabaseSyncInstance): DatabaseSyncInstance {
  raw.push(db);
  return db;
}

/** What openDatabase threw, for assertions on the error itself. */
function failureOpening(dataDir: string, probe?: WriteAccessProbe): StorageUnavailableError {
  try {
    open(dataDir, probe);
  } catch (error) {
    if (error instanceof StorageUnavailableError) return error;
    throw error;
  }
  throw new Error('openDatabase did not throw');
}

function pragma(db: DatabaseSyncInstance, name: string): unknown {
  return (db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown>)[name];
}

function settingValue(db: DatabaseSyncInstance, key: string): unknown {
  return (
    db.prepare('SELECT value_json FROM settings WHERE key = ?').get(key) as
      { value_json: string } | undefined
  )?.value_json;
}

/**
 * A Call Coach database holding one setting, cleanly closed and alone in `dir` as after the app
 * quits (in a test, the statements a connection prepared keep its -wal and -shm until collected).
 */
function writeGoodDatabase(dir: string, version = latestSchemaVersion): string {
  const { db, file } = open(dirs.make());
  db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('k', '"kept"');
  if (version !== latestSchemaVersion) db.exec(`PRAGMA user_version = ${version}`);
  closeDatabase(db);
  const target = databaseFileIn(dir);
  fs.copyFileSync(file, target);
  return target;
}

/** A cleanly closed Call Coach database whose schema version is newer than this build's. */
function writeNewerDatabase(dir: string): string {
  return writeGoodDatabase(dir, latestSchemaVersion + 1);
}

/**
 * Leaves `dir` as a process that died mid-session would: committed rows still in the WAL, not yet
 * checkpointed into the main file. Returns the database file.
 */
function crashWithUncheckpointedWal(dir: string): string {
  const { db, file } = open(dirs.make());
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.exec('PRAGMA wal_autocheckpoint = 0');
  db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run(
    'unsaved',
    '"only in the WAL"',
  );
  const target = databaseFileIn(dir);
  for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(file + suffix, target + suffix);
  return target;
}

afterEach(() => {
  for (const { db } of opened.splice(0)) if (db.isOpen) db.close();
  for (const db of raw.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

describe('openDatabase', () => {
  it('creates call-coach.db in the data directory', () => {
    const dir = dirs.make();

    const { file } = open(dir);

    expect(file).toBe(path.join(dir, DATABASE_FILE_NAME));
    expect(fs.existsSync(file)).toBe(true);
  });

  it('creates missing parent directories', () => {
    const dir = path.join(dirs.make(), 'nested', 'deeper');

    const { file } = open(dir);

    expect(fs.existsSync(file)).toBe(true);
  });

  it('opens a new database read-write with no notice', () => {
    expect(open(dirs.make())).toMatchObject({ access: 'read-write', notice: null });
  });

  it('uses WAL journal mode', () => {
    const { db } = open(dirs.make());

    expect(pragma(db, 'journal_mode')).toBe('wal');
  });

  it('syncs every commit to disk', () => {
    const { db } = open(dirs.make());

    // 2 is FULL.
    expect(pragma(db, 'synchronous')).toBe(2);
  });

  it('enforces foreign keys', () => {
    const { db } = open(dirs.make());

    expect(pragma(db, 'foreign_keys')).toBe(1);
  });

  it('waits two seconds for another connection’s lock', () => {
    const { db } = open(dirs.make());

    expect(db.prepare('PRAGMA busy_timeout').get()).toEqual({ timeout: 2000 });
  });

  it('brings the schema to the latest version', () => {
    const { db } = open(dirs.make());

    expect(schemaVersion(db)).toBe(latestSchemaVersion);
  });

  it('keeps data when the database is reopened', () => {
    const dir = dirs.make();
    writeGoodDatabase(dir);

    const second = open(dir);

    expect(settingValue(second.db, 'k')).toBe('"kept"');
    expect(second).toMatchObject({ access: 'read-write', notice: null });
  });

  it('leaves nothing but the data folder’s own files when it throws', () => {
    const parent = dirs.make();
    const regularFile = path.join(parent, 'not-a-folder');
    fs.writeFileSync(regularFile, 'x');

    failureOpening(path.join(regularFile, 'data'));

    expect(filesIn(parent)).toEqual(['not-a-folder']);
  });

  it('explains in a sentence naming it that a data folder path runs through a file', () => {
    const parent = dirs.make();
    fs.writeFileSync(path.join(parent, 'not-a-folder'), 'x');
    const dataDir = path.join(parent, 'not-a-folder', 'data');

    const error = failureOpening(dataDir);

    expect(error.reason).toBe('not-a-file');
    expect(error.message).toContain(dataDir);
    expect(error.message).toMatch(/is a file rather than a folder/);
    expect(error.message).not.toMatch(/ENOTDIR|EEXIST|SQLITE/);
  });

  describe('marking the database as Call Coach’s', () => {
    it('sets the Call Coach application id on a new database', () => {
      const { db } = open(dirs.make());

      expect(pragma(db, 'application_id')).toBe(CALL_COACH_APPLICATION_ID);
    });

    it('spells CCch', () => {
      const bytes = Buffer.alloc(4);
      bytes.writeUInt32BE(CALL_COACH_APPLICATION_ID);

      expect(bytes.toString('ascii')).toBe('CCch');
    });

    it('adopts an unmarked database of the latest version, keeping its data', () => {
      const dir = dirs.make();
      writeUnmarkedDatabase(databaseFileIn(dir), latestSchemaVersion);

      const { db, access, notice } = open(dir);

      expect({ access, notice }).toEqual({ access: 'read-write', notice: null });
      expect(pragma(db, 'application_id')).toBe(CALL_COACH_APPLICATION_ID);
      expect(settingValue(db, 'theme')).toBe('"dark"');
      expect(db.prepare('SELECT customer FROM calls').all()).toEqual([
        { customer: 'Acme Supplies' },
      ]);
    });

    it('adopts an unmarked version 1 database and brings it to the latest version', () => {
      const dir = dirs.make();
      writeUnmarkedDatabase(databaseFileIn(dir), 1);

      const { db } = open(dir);

      expect(pragma(db, 'application_id')).toBe(CALL_COACH_APPLICATION_ID);
      expect(schemaVersion(db)).toBe(latestSchemaVersion);
      expect(db.prepare('SELECT id, notes FROM calls').all()).toEqual([
        { id: 'kept', notes: 'Paid Friday' },
      ]);
      expect(filesIn(dir).filter((name) => name.includes('.other-app-'))).toEqual([]);
    });

    it('builds the database in an empty file found at its path', () => {
      const dir = dirs.make();
      fs.writeFileSync(databaseFileIn(dir), '');

      const { db, notice } = open(dir);

      expect(notice).toBeNull();
      expect(schemaVersion(db)).toBe(latestSchemaVersion);
      expect(filesIn(dir)).not.toContain(MOVED_NAME);
    });
  });

  describe('with a damaged file', () => {
    function writeGarbage(dir: string): string {
      const file = databaseFileIn(dir);
      fs.writeFileSync(file, GARBAGE);
      return file;
    }

    /** A closed, checkpointed database of many pages, with no free page: every page is in use. */
    function writeLargeDatabase(dir: string): string {
      const { db, file } = open(dir);
      db.exec(`
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
        INSERT INTO settings (key, value_json) SELECT 'key-' || i, printf('"%050d"', i) FROM n`);
      expect(pragma(db, 'freelist_count')).toBe(0);
      closeDatabase(db);
      return file;
    }

    it('moves the file aside with a timestamp, bytes unchanged', () => {
      const dir = dirs.make();
      writeGarbage(dir);

      open(dir);

      expect(fs.readFileSync(path.join(dir, MOVED_NAME), 'utf8')).toBe(GARBAGE);
    });

    it('starts a fresh, working database in its place', () => {
      const dir = dirs.make();
      writeGarbage(dir);

      const { db, access } = open(dir);
      db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('k', '1');

      expect(access).toBe('read-write');
      expect(schemaVersion(db)).toBe(latestSchemaVersion);
      expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 1 });
    });

    it('names the moved file in the notice', () => {
      const dir = dirs.make();
      writeGarbage(dir);

      const { notice } = open(dir);

      expect(notice).toBe(
        `Call Coach could not read its database, so it started a fresh one. The old file was kept as ${path.join(dir, MOVED_NAME)}.`,
      );
    });

    it('moves the -wal and -shm files with it, keeping the WAL as found', () => {
      const dir = dirs.make();
      const file = writeGarbage(dir);
      fs.writeFileSync(`${file}-wal`, 'wal bytes that are not a WAL');
      fs.writeFileSync(`${file}-shm`, 'shm bytes');

      open(dir);

      const moved = path.join(dir, MOVED_NAME);
      expect(fs.readFileSync(moved, 'utf8')).toBe(GARBAGE);
      expect(fs.readFileSync(`${moved}-wal`, 'utf8')).toBe('wal bytes that are not a WAL');
      expect(fs.existsSync(`${moved}-shm`)).toBe(true);
    });

    it('keeps the damaged file and its WAL byte for byte when the WAL holds committed rows', () => {
      const dir = dirs.make();
      const file = crashWithUncheckpointedWal(dir);
      const header = Buffer.from('NOT SQLITE AT ALL');
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, header, 0, header.length, 0);
      fs.closeSync(fd);
      const dbHash = hashOf(file);
      const walHash = hashOf(`${file}-wal`);

      open(dir);

      const moved = path.join(dir, MOVED_NAME);
      expect(hashOf(moved)).toBe(dbHash);
      expect(hashOf(`${moved}-wal`)).toBe(walHash);
    });

    it('does not carry the old WAL over to the fresh database', () => {
      const dir = dirs.make();
      const file = writeGarbage(dir);
      fs.writeFileSync(`${file}-wal`, 'old wal');

      const { db } = open(dir);

      expect(schemaVersion(db)).toBe(latestSchemaVersion);
      const freshWal = `${file}-wal`;
      expect(fs.existsSync(freshWal) ? fs.readFileSync(freshWal, 'utf8') : '').not.toBe('old wal');
    });

    it('finds a page overwritten in the middle after an unclean close and sets the file aside unchanged', () => {
      const dir = dirs.make();
      const file = writeLargeDatabase(dir);
      overwritePage(file, Math.floor(pageCountOf(file) / 2));
      // Something still in the WAL: the last close was not clean, so every page is checked.
      const stale = openRaw(path.join(dirs.make(), 'stale.db'));
      stale.exec('PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (x)');
      fs.copyFileSync(`${stale.location()!}-wal`, `${file}-wal`);
      const before = hashOf(file);

      const { notice, access } = open(dir);

      expect(access).toBe('read-write');
      expect(notice).toContain(MOVED_NAME);
      expect(hashOf(path.join(dir, MOVED_NAME))).toBe(before);
    });

    it('leaves a page overwritten after a clean close to the check that runs after start-up', () => {
      const dir = dirs.make();
      const file = writeLargeDatabase(dir);
      overwritePage(file, pageCountOf(file));

      const { db, notice } = open(dir);

      expect(notice).toBeNull();
      expect(passesQuickCheck(db)).toBe(false);
    });

    it('finds a truncated file and sets it aside unchanged', () => {
      const dir = dirs.make();
      const file = writeLargeDatabase(dir);
      fs.truncateSync(file, Math.floor(pageCountOf(file) / 2) * 4096);
      const before = hashOf(file);

      const { notice } = open(dir);

      expect(notice).toContain(MOVED_NAME);
      expect(hashOf(path.join(dir, MOVED_NAME))).toBe(before);
    });

    it('sets aside a Call Coach database whose tables are missing', () => {
      const dir = dirs.make();
      const file = writeGoodDatabase(dir);
      const db = keep(openRaw(file));
      db.exec('ALTER TABLE settings RENAME TO settings_old');
      closeDatabase(db);
      const before = hashOf(file);

      const { notice } = open(dir);

      expect(notice).toContain(MOVED_NAME);
      expect(hashOf(path.join(dir, MOVED_NAME))).toBe(before);
    });

    it('keeps a WAL found beside an empty file, setting both aside', () => {
      // SQLite deletes the WAL of an empty database file, even on a read-only connection.
      const dir = dirs.make();
      const crashed = crashWithUncheckpointedWal(dirs.make());
      const file = databaseFileIn(dir);
      fs.writeFileSync(file, '');
      fs.copyFileSync(`${crashed}-wal`, `${file}-wal`);
      const walHash = hashOf(`${file}-wal`);

      const { notice } = open(dir);

      const moved = path.join(dir, MOVED_NAME);
      expect(notice).toContain(moved);
      expect(fs.statSync(moved).size).toBe(0);
      expect(hashOf(`${moved}-wal`)).toBe(walHash);
    });

    it('keeps a WAL found without its database', () => {
      const dir = dirs.make();
      const crashed = crashWithUncheckpointedWal(dirs.make());
      const file = databaseFileIn(dir);
      fs.copyFileSync(`${crashed}-wal`, `${file}-wal`);
      const walHash = hashOf(`${file}-wal`);

      const { notice, db } = open(dir);

      expect(notice).toContain(MOVED_NAME);
      expect(hashOf(path.join(dir, `${MOVED_NAME}-wal`))).toBe(walHash);
      expect(schemaVersion(db)).toBe(latestSchemaVersion);
    });

    it('never overwrites a file set aside earlier at the same moment', () => {
      const dir = dirs.make();
      writeGarbage(dir);
      closeDatabase(open(dir).db);
      fs.rmSync(databaseFileIn(dir));
      fs.writeFileSync(databaseFileIn(dir), 'second garbage');

      const { notice } = open(dir);

      const second = path.join(dir, `call-coach.damaged-${STAMP}-2.db`);
      expect(notice).toContain(second);
      expect(fs.readFileSync(second, 'utf8')).toBe('second garbage');
      expect(fs.readFileSync(path.join(dir, MOVED_NAME), 'utf8')).toBe(GARBAGE);
    });
  });

  describe('with another application’s SQLite file', () => {
    it.each([
      ['unrelated tables', 'CREATE TABLE photos (id INTEGER PRIMARY KEY, taken_at TEXT)', 0],
      [
        'a calls table of other columns',
        'CREATE TABLE calls (number TEXT); CREATE TABLE settings (k, v)',
        0,
      ],
      [
        'Call Coach’s tables under another application id',
        'CREATE TABLE calls (id TEXT); CREATE TABLE settings (key TEXT, value_json TEXT)',
        0x12345678,
      ],
    ])('renames a file with %s aside unchanged and starts fresh', (_, sql, applicationId) => {
      const dir = dirs.make();
      const file = databaseFileIn(dir);
      writeForeignDatabase(file, sql, applicationId);
      const before = hashOf(file);

      const { db, access, notice } = open(dir);

      const moved = path.join(dir, OTHER_APP_NAME);
      expect(hashOf(moved)).toBe(before);
      expect(access).toBe('read-write');
      expect(notice).toBe(
        `The file ${file} was not made by Call Coach, so Call Coach left it as it was, renamed it to ${moved} and started a fresh database in its place.`,
      );
      expect(pragma(db, 'application_id')).toBe(CALL_COACH_APPLICATION_ID);
    });

    it('renames an unmarked database of a version this build never wrote', () => {
      const dir = dirs.make();
      const file = databaseFileIn(dir);
      writeUnmarkedDatabase(file, latestSchemaVersion);
      const db = keep(openRaw(file));
      db.exec(`PRAGMA user_version = ${latestSchemaVersion + 1}`);
      closeDatabase(db);
      const before = hashOf(file);

      open(dir);

      expect(hashOf(path.join(dir, OTHER_APP_NAME))).toBe(before);
    });

    it('never switches it to WAL nor leaves a file beside it', () => {
      const dir = dirs.make();
      writeForeignDatabase(databaseFileIn(dir), 'CREATE TABLE photos (id INTEGER PRIMARY KEY)');

      open(dir);

      const moved = path.join(dir, OTHER_APP_NAME);
      expect(fileFormatOf(moved)).toBe(1);
      expect(filesIn(dir).filter((name) => name.startsWith(OTHER_APP_NAME))).toEqual([
        OTHER_APP_NAME,
      ]);
    });

    it('moves its -wal and -shm with it, unchanged', () => {
      const dir = dirs.make();
      const live = databaseFileIn(dirs.make());
      const other = keep(openRaw(live));
      other.exec('PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0');
      other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY); INSERT INTO photos VALUES (1)');
      const file = databaseFileIn(dir);
      for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(live + suffix, file + suffix);
      const hashes = [hashOf(file), hashOf(`${file}-wal`)];

      open(dir);

      const moved = path.join(dir, OTHER_APP_NAME);
      expect([hashOf(moved), hashOf(`${moved}-wal`)]).toEqual(hashes);
      expect(fs.existsSync(`${moved}-shm`)).toBe(true);
    });

    it('leaves a WAL-mode file without its own -wal with nothing new beside it', () => {
      const dir = dirs.make();
      const file = databaseFileIn(dir);
      writeForeignDatabase(file, 'PRAGMA journal_mode = WAL; CREATE TABLE photos (id INTEGER)');
      const before = hashOf(file);

      open(dir);

      const moved = path.join(dir, OTHER_APP_NAME);
      expect(hashOf(moved)).toBe(before);
      expect(filesIn(dir).filter((name) => name.startsWith(OTHER_APP_NAME))).toEqual([
        OTHER_APP_NAME,
      ]);
    });

    it('leaves a file with an unfinished rollback journal unchanged, journal and all', () => {
      const dir = dirs.make();
      const live = databaseFileIn(dirs.make());
      const other = keep(openRaw(live));
      other.exec(`PRAGMA journal_mode = DELETE; PRAGMA cache_size = 1;
        CREATE TABLE photos (id INTEGER PRIMARY KEY, label TEXT);
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
        INSERT INTO photos (label) SELECT hex(randomblob(40)) FROM n;
        BEGIN; UPDATE photos SET label = label || 'changed';`);
      const file = databaseFileIn(dir);
      for (const suffix of ['', '-journal']) fs.copyFileSync(live + suffix, file + suffix);
      const hashes = [hashOf(file), hashOf(`${file}-journal`)];

      const { notice } = open(dir);

      const moved = path.join(dir, OTHER_APP_NAME);
      expect(notice).toContain(moved);
      expect([hashOf(moved), hashOf(`${moved}-journal`)]).toEqual(hashes);
    });
  });

  describe('with a database from a newer version', () => {
    it('opens it read-only and says history can be read but calls wait for an update', () => {
      const dir = dirs.make();
      writeNewerDatabase(dir);

      const { access, notice, db } = open(dir);

      expect(access).toBe('read-only');
      expect(notice).toBe(
        'Your call history was saved by a newer version of Call Coach. History can be read, but starting a call is refused until Call Coach is updated.',
      );
      expect(settingValue(db, 'k')).toBe('"kept"');
    });

    it('never writes to it, not even a migration', () => {
      const dir = dirs.make();
      const file = writeNewerDatabase(dir);
      const before = hashOf(file);

      const { db } = open(dir);
      const version = schemaVersion(db);
      closeDatabase(db);

      expect(version).toBe(latestSchemaVersion + 1);
      expect(hashOf(file)).toBe(before);
    });

    it('refuses a write with a read-only failure', () => {
      const dir = dirs.make();
      writeNewerDatabase(dir);
      const { db } = open(dir);

      let failure: unknown;
      try {
        db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('new', '1');
      } catch (error) {
        failure = error;
      }

      expect(storageFailureOf(failure)).toBe('read-only');
    });
  });

  describe('when the database file cannot be written to', () => {
    it('opens it read-only with a notice naming the file, leaving it unchanged', () => {
      const dir = dirs.make();
      const file = writeGoodDatabase(dir);
      const before = hashOf(file);

      const { db, access, notice } = open(dir, denyWrites(file));
      const value = settingValue(db, 'k');
      closeDatabase(db);

      expect(access).toBe('read-only');
      expect(notice).toBe(
        `Call Coach can only read its database, because the file ${file} cannot be written to. History can be read, but starting a call is refused until that is made writable and Call Coach is started again.`,
      );
      expect(value).toBe('"kept"');
      expect(hashOf(file)).toBe(before);
    });

    it('does not mark an unmarked database it cannot write', () => {
      const dir = dirs.make();
      const file = databaseFileIn(dir);
      writeUnmarkedDatabase(file, latestSchemaVersion);
      const before = hashOf(file);

      const { access, db } = open(dir, denyWrites(file));
      closeDatabase(db);

      expect(access).toBe('read-only');
      expect(hashOf(file)).toBe(before);
    });

    it('refuses in a sentence a database that would need updating', () => {
      const dir = dirs.make();
      const file = databaseFileIn(dir);
      writeUnmarkedDatabase(file, 1);
      const before = hashOf(file);

      const error = failureOpening(dir, denyWrites(file));

      expect(error.reason).toBe('not-writable');
      expect(error.message).toBe(
        `Call Coach needs to update its database ${file} for this version, but it cannot be written to. Make the file and the folder ${dir} writable and start Call Coach again.`,
      );
      expect(hashOf(file)).toBe(before);
    });
  });

  describe('when the data folder cannot be written to', () => {
    it('opens an existing database read-only, creating nothing beside it', () => {
      const dir = dirs.make();
      const file = writeGoodDatabase(dir);
      const before = hashOf(file);

      const { db, access, notice } = open(dir, denyWrites(dir));
      const value = settingValue(db, 'k');
      closeDatabase(db);

      expect(access).toBe('read-only');
      expect(notice).toBe(
        `Call Coach can only read its database, because the folder ${dir} cannot be written to. History can be read, but starting a call is refused until that is made writable and Call Coach is started again.`,
      );
      expect(value).toBe('"kept"');
      expect(hashOf(file)).toBe(before);
      expect(filesIn(dir)).toEqual([DATABASE_FILE_NAME]);
    });

    it('reads rows still in the WAL of a database that was not closed cleanly', () => {
      const dir = dirs.make();
      const file = crashWithUncheckpointedWal(dir);
      const before = [hashOf(file), hashOf(`${file}-wal`)];

      const { db, access } = open(dir, denyWrites(dir));
      const value = settingValue(db, 'unsaved');
      closeDatabase(db);

      expect(access).toBe('read-only');
      expect(value).toBe('"only in the WAL"');
      expect([hashOf(file), hashOf(`${file}-wal`)]).toEqual(before);
    });

    it('throws a sentence naming the folder when there is no database yet', () => {
      const dir = dirs.make();

      const error = failureOpening(dir, denyWrites(dir));

      expect(error.reason).toBe('not-writable');
      expect(error.message).toBe(
        `Call Coach cannot keep your calls in the folder ${dir}, because that folder cannot be written to. Make it writable, or choose another data folder, and start Call Coach again.`,
      );
      expect(filesIn(dir)).toEqual([]);
    });

    it('leaves a damaged file where it is when it cannot be moved aside', () => {
      const dir = dirs.make();
      const file = databaseFileIn(dir);
      fs.writeFileSync(file, GARBAGE);

      const error = failureOpening(dir, denyWrites(dir));

      expect(error.reason).toBe('not-writable');
      expect(error.message).toContain(dir);
      expect(filesIn(dir)).toEqual([DATABASE_FILE_NAME]);
      expect(fs.readFileSync(file, 'utf8')).toBe(GARBAGE);
    });
  });

  // Root writes through permission bits (checked here: `chmod 555 dir; touch dir/x` succeeds as
  // root), so these only mean something for an ordinary user; the injected probe covers root.
  describe.skipIf(isRoot || process.platform === 'win32')('with real permissions', () => {
    const writable: string[] = [];

    function readOnly(target: string): void {
      fs.chmodSync(target, fs.statSync(target).isDirectory() ? 0o555 : 0o444);
      writable.push(target);
    }

    afterEach(() => {
      for (const target of writable.splice(0)) fs.chmodSync(target, 0o755);
    });

    it('opens a chmod 444 database read-only', () => {
      const dir = dirs.make();
      const file = writeGoodDatabase(dir);
      const before = hashOf(file);
      readOnly(file);

      const { db, access, notice } = open(dir);
      const value = settingValue(db, 'k');
      closeDatabase(db);

      expect({ access, value }).toEqual({ access: 'read-only', value: '"kept"' });
      expect(notice).toContain(`the file ${file} cannot be written to`);
      expect(hashOf(file)).toBe(before);
    });

    it('opens a database in a chmod 555 folder read-only', () => {
      const dir = dirs.make();
      const file = writeGoodDatabase(dir);
      const before = hashOf(file);
      readOnly(dir);

      const { db, access, notice } = open(dir);
      const value = settingValue(db, 'k');
      closeDatabase(db);

      expect({ access, value }).toEqual({ access: 'read-only', value: '"kept"' });
      expect(notice).toContain(`the folder ${dir} cannot be written to`);
      expect(hashOf(file)).toBe(before);
    });

    it('throws a sentence naming a chmod 555 folder that has no database yet', () => {
      const dir = dirs.make();
      readOnly(dir);

      const error = failureOpening(dir);

      expect(error.reason).toBe('not-writable');
      expect(error.message).toContain(`the folder ${dir}`);
    });

    it('throws a sentence for a WAL it cannot read in a chmod 555 folder', () => {
      const dir = dirs.make();
      const file = crashWithUncheckpointedWal(dir);
      fs.rmSync(`${file}-shm`);
      const before = [hashOf(file), hashOf(`${file}-wal`)];
      readOnly(dir);

      const error = failureOpening(dir);

      expect(error.reason).toBe('unreadable');
      expect(error.message).toContain('was not closed cleanly');
      expect([hashOf(file), hashOf(`${file}-wal`)]).toEqual(before);
    });
  });

  describe('when call-coach.db is a folder', () => {
    it('throws a plain sentence and changes nothing', () => {
      const dir = dirs.make();
      const file = databaseFileIn(dir);
      fs.mkdirSync(file);

      const error = failureOpening(dir);

      expect(error.reason).toBe('not-a-file');
      expect(error.message).toBe(
        `Call Coach cannot open its database, because ${file} is a folder or another kind of entry, not a file. Move or rename it, then start Call Coach again.`,
      );
      expect(filesIn(dir)).toEqual([DATABASE_FILE_NAME]);
      expect(fs.readdirSync(file)).toEqual([]);
    });
  });
});

describe('closeDatabase', () => {
  it('leaves call-coach.db alone holding every committed row, with statements still prepared', () => {
    const { db, file } = open(dirs.make());
    const insert = db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)');
    const read = db.prepare('SELECT value_json FROM settings WHERE key = ?');
    for (let i = 0; i < 50; i++) insert.run(`key-${i}`, String(i));
    read.get('key-1');

    closeDatabase(db);
    const copy = path.join(dirs.make(), DATABASE_FILE_NAME);
    fs.copyFileSync(file, copy);
    const reopened = keep(openRaw(copy));

    expect(reopened.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 50 });
  });

  it('closes the connection', () => {
    const { db } = open(dirs.make());

    closeDatabase(db);

    expect(db.isOpen).toBe(false);
  });

  it('is safe on a read-only database and leaves its file unchanged', () => {
    const dir = dirs.make();
    const file = writeNewerDatabase(dir);
    const before = hashOf(file);
    const { db } = open(dir);

    expect(() => closeDatabase(db)).not.toThrow();

    expect(db.isOpen).toBe(false);
    expect(hashOf(file)).toBe(before);
  });

  it('does nothing to a database that is already closed', () => {
    const { db } = open(dirs.make());
    db.close();

    expect(() => closeDatabase(db)).not.toThrow();
  });

  it('still closes when a statement part-way through its rows blocks the checkpoint', () => {
    const { db } = open(dirs.make());
    db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('a', '1');
    db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('b', '2');
    const rows = db.prepare('SELECT key FROM settings').iterate();
    rows.next();

    expect(() => closeDatabase(db)).not.toThrow();
    expect(db.isOpen).toBe(false);
  });
});

describe('setAsideDamagedFile', () => {
  it('renames the file, its -wal and its -shm with a timestamp and returns the new path', () => {
    const dir = dirs.make();
    const file = crashWithUncheckpointedWal(dir);
    const hashes = [hashOf(file), hashOf(`${file}-wal`)];

    const movedTo = setAsideDamagedFile(file, NOW);

    expect(movedTo).toBe(path.join(dir, MOVED_NAME));
    expect(filesIn(dir)).toEqual([MOVED_NAME, `${MOVED_NAME}-shm`, `${MOVED_NAME}-wal`]);
    expect([hashOf(movedTo), hashOf(`${movedTo}-wal`)]).toEqual(hashes);
  });

  it('lets the next open start a fresh database with no notice', () => {
    const dir = dirs.make();
    const file = writeGoodDatabase(dir);
    setAsideDamagedFile(file, NOW);

    const { db, notice } = open(dir);

    expect(notice).toBeNull();
    expect(settingValue(db, 'k')).toBeUndefined();
  });

  it('throws a sentence when there is no file to move', () => {
    const file = databaseFileIn(dirs.make());

    expect(() => setAsideDamagedFile(file, NOW)).toThrow(StorageUnavailableError);
  });
});

describe('a full disk, simulated with max_page_count', () => {
  const bigValue = JSON.stringify('x'.repeat(100_000));

  function failureOf(work: () => void): unknown {
    try {
      work();
    } catch (error) {
      return error;
    }
    return undefined;
  }

  function count(db: DatabaseSyncInstance): unknown {
    return db.prepare('SELECT count(*) AS n FROM settings').get();
  }

  it('fails the write that needs more room with a failure called full', () => {
    const { db } = open(dirs.make());
    fillDisk(db);

    const error = failureOf(() =>
      db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('big', bigValue),
    );

    expect(storageFailureOf(error)).toBe('full');
  });

  it('rolls the whole transaction back', () => {
    const { db } = open(dirs.make());
    fillDisk(db);

    db.exec('BEGIN IMMEDIATE');
    db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('small', '1');
    failureOf(() =>
      db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('big', bigValue),
    );

    expect(db.isTransaction).toBe(false);
    expect(count(db)).toEqual({ n: 0 });
  });

  it('lets the same write succeed once there is room again', () => {
    const { db } = open(dirs.make());
    const insert = db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)');
    fillDisk(db);
    failureOf(() => insert.run('big', bigValue));

    freeDiskSpace(db);
    insert.run('big', bigValue);

    expect(count(db)).toEqual({ n: 1 });
  });
});
