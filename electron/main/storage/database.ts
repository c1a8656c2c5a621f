import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import fs from 'node:fs';
import path from 'node:path';
import { latestSchemaVersion, migrate, schemaVersion } from './migrations';

export const DATABASE_FILE_NAME = 'call-coach.db';

export interface OpenedDatabase {
  readonly db: DatabaseSyncInstance;
  readonly file: string;
  /** Set when the caller must be told something about their data. */
  readonly notice: string | null;
}

// SQLITE_CORRUPT and SQLITE_NOTADB: the file is damaged or is not a database at all.
const DAMAGED_FILE_CODES = new Set([11, 26]);

function isDamagedFileError(error: unknown): boolean {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' && DAMAGED_FILE_CODES.has(code & 0xff);
}

/**
 * Asks read-only whether an existing file is damaged. A read-write connection to a damaged file
 * checkpoints its WAL into it and deletes the -wal/-shm files when closed; a read-only one
 * cannot, so the file and its WAL are set aside exactly as found. Other errors are left for
 * the real open to report.
 */
function isDamagedFile(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  let db: DatabaseSyncInstance | undefined;
  try {
    db = new DatabaseSync(file, { readOnly: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return false;
  } catch (error) {
    return isDamagedFileError(error);
  } finally {
    db?.close();
  }
}

function openAndPrepare(file: string): DatabaseSyncInstance {
  const db = new DatabaseSync(file);
  try {
    // Reading the schema is what reveals a file that is not a database.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.exec('PRAGMA journal_mode = WAL');
    // FULL makes each committed autosave survive a power cut, not only a crash of the app.
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA busy_timeout = 2000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** `call-coach.db` becomes `call-coach.damaged-2026-11-22T10-42-00-000Z.db`, with its WAL files. */
function moveAside(file: string, now: Date): string {
  const stamp = now.toISOString().replaceAll(':', '-').replace('.', '-');
  const target = file.replace(/\.db$/, `.damaged-${stamp}.db`);
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}

/**
 * Opens (creating if needed) the one database in `dataDir`, in WAL mode and at the latest schema.
 * A file that cannot be read as a database is never deleted: it is renamed with a timestamp,
 * a fresh database takes its place, and the returned notice tells the caller where the old one is.
 */
export function openDatabase(dataDir: string, now: () => Date = () => new Date()): OpenedDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  if (!isDamagedFile(file)) {
    try {
      const db = openAndPrepare(file);
      const version = schemaVersion(db);
      const notice =
        version > latestSchemaVersion
          ? 'Your call history was saved by a newer version of Call Coach. Update the app to be sure everything shows.'
          : null;
      return { db, file, notice };
    } catch (error) {
      if (!isDamagedFileError(error)) throw error;
    }
  }
  const movedTo = moveAside(file, now());
  return {
    db: openAndPrepare(file),
    file,
    notice: `Call Coach could not read its database, so it started a fresh one. The old file was kept as ${movedTo}.`,
  };
}
