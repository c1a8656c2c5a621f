import fs from 'node:fs';
import path from 'node:path';
import {
  DATABASE_FILE_NAME,
  openDatabase,
  type OpenedDatabase,
} from '../../../../electron/main/storage/database';
import { latestSchemaVersion, schemaVersion } from '../../../../electron/main/storage/migrations';
import { tempDirs } from '../../../support/temp-dir';

const dirs = tempDirs();
const opened: OpenedDatabase[] = [];
const NOW = new Date(Date.UTC(2026, 10, 22, 10, 42, 0, 0));
const MOVED_NAME = 'call-coach.damaged-2026-11-22T10-42-00-000Z.db';
const GARBAGE = 'This is not a database, just text that lost its way. '.repeat(200);

function open(dataDir: string): OpenedDatabase {
  const result = openDatabase(dataDir, () => NOW);
  opened.push(result);
  return result;
}

function closeAll(): void {
  for (const { db } of opened.splice(0)) {
    if (db.isOpen) db.close();
  }
}

afterEach(() => {
  closeAll();
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

  it('uses WAL journal mode', () => {
    const { db } = open(dirs.make());

    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
  });

  it('enforces foreign keys', () => {
    const { db } = open(dirs.make());

    expect(db.prepare('PRAGMA foreign_keys').get()).toEqual({ foreign_keys: 1 });
  });

  it('brings the schema to the latest version', () => {
    const { db } = open(dirs.make());

    expect(schemaVersion(db)).toBe(latestSchemaVersion);
  });

  it('has no notice for a fresh database', () => {
    expect(open(dirs.make()).notice).toBeNull();
  });

  it('keeps data when the database is reopened', () => {
    const dir = dirs.make();
    const first = open(dir);
    first.db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('k', '"kept"');
    first.db.close();

    const second = open(dir);

    expect(second.db.prepare('SELECT value_json FROM settings WHERE key = ?').get('k')).toEqual({
      value_json: '"kept"',
    });
    expect(second.notice).toBeNull();
  });

  it('tells the caller when the file was written by a newer version', () => {
    const dir = dirs.make();
    const first = open(dir);
    first.db.exec(`PRAGMA user_version = ${latestSchemaVersion + 1}`);
    first.db.close();

    expect(open(dir).notice).toMatch(/newer version of Call Coach/);
  });

  describe('with a damaged file', () => {
    function writeGarbage(dir: string): string {
      const file = path.join(dir, DATABASE_FILE_NAME);
      fs.writeFileSync(file, GARBAGE);
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

      const { db } = open(dir);
      db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('k', '1');

      expect(schemaVersion(db)).toBe(latestSchemaVersion);
      expect(db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 1 });
    });

    it('names the moved file in the notice', () => {
      const dir = dirs.make();
      writeGarbage(dir);

      const { notice } = open(dir);

      expect(notice).toContain(path.join(dir, MOVED_NAME));
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
      const dbBytes = fs.readFileSync(file);
      const walBytes = fs.readFileSync(`${file}-wal`);

      open(dir);

      const moved = path.join(dir, MOVED_NAME);
      expect(fs.readFileSync(moved).equals(dbBytes)).toBe(true);
      expect(fs.readFileSync(`${moved}-wal`).equals(walBytes)).toBe(true);
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
  });

  it('throws rather than hides an error that is not a damaged file', () => {
    const parent = dirs.make();
    const regularFile = path.join(parent, 'not-a-folder');
    fs.writeFileSync(regularFile, 'x');

    expect(() => openDatabase(path.join(regularFile, 'data'))).toThrow(/ENOTDIR|ENOENT|EEXIST/);
  });

  it('leaves other files in the data directory alone when it throws', () => {
    const parent = dirs.make();
    const regularFile = path.join(parent, 'not-a-folder');
    fs.writeFileSync(regularFile, 'x');

    try {
      openDatabase(path.join(regularFile, 'data'));
    } catch {
      // expected; the assertion is about the files
    }

    expect(fs.readdirSync(parent)).toEqual(['not-a-folder']);
  });
});

/**
 * Leaves `dir` as a process that died mid-session would: committed rows still in the WAL, not yet
 * checkpointed into the main file. Returns the database file.
 */
function crashWithUncheckpointedWal(dir: string): string {
  const live = dirs.make();
  const { db, file } = open(live);
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.exec('PRAGMA wal_autocheckpoint = 0');
  db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run(
    'unsaved',
    '"only in the WAL"',
  );
  const target = path.join(dir, DATABASE_FILE_NAME);
  for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(file + suffix, target + suffix);
  return target;
}
