import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { latestSchemaVersion } from './migrations';
import { hasSchemaOf } from './schema-shape';
import { sizeOf } from './set-aside';
import {
  extendedSqliteCodeOf,
  SQLITE_READONLY_ROLLBACK,
  storageFailureOf,
} from './storage-failure';

/**
 * Marks a database as Call Coach's (SQLite's `application_id`): the ASCII bytes 'CCch' read as a
 * big-endian 32-bit integer, 0x43436368 = 1128489832.
 */
export const CALL_COACH_APPLICATION_ID = 0x43436368;

/** How long a connection waits for another connection's lock before giving up. */
export const BUSY_TIMEOUT_MS = 2000;

/** What an existing path holds, found without writing to it. */
export type FileInspection =
  | { readonly kind: 'missing' }
  | { readonly kind: 'not-a-file' }
  /** An empty file or an SQLite file with nothing in it yet: safe to build a database in. */
  | { readonly kind: 'blank' }
  /** A file that cannot be read as a database, or a WAL left without a readable database. */
  | { readonly kind: 'damaged' }
  | { readonly kind: 'other-app' }
  /** Call Coach's database, intact; `isMarked` is false for one written before the mark existed. */
  | { readonly kind: 'ours'; readonly version: number; readonly isMarked: boolean };

/** Whether a -wal or -journal beside `file` may hold changes the main file does not. */
export function hasPendingJournal(file: string): boolean {
  return (sizeOf(`${file}-wal`) ?? 0) > 0 || (sizeOf(`${file}-journal`) ?? 0) > 0;
}

/** Runs a first read, which is when SQLite finds out what the file is; closes it if that fails. */
function readable(db: DatabaseSyncInstance): DatabaseSyncInstance {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function openImmutable(file: string): DatabaseSyncInstance {
  // `immutable=1` reads the main file alone, with no locks and no -wal or -shm created. That is
  // only the whole database when no WAL or journal beside it holds anything.
  const url = new URL(`${pathToFileURL(file).href}?immutable=1`);
  return new DatabaseSync(url, { readOnly: true, timeout: BUSY_TIMEOUT_MS });
}

/**
 * Opens `file` read-only, as it is, never writing to it. A WAL database needs its -shm (and an
 * empty -wal) even to be read, which SQLite cannot create in a folder that cannot be written to;
 * when nothing is pending in a WAL or journal, the main file is then read on its own. When
 * something is pending and cannot be reached, SQLite's error is thrown.
 */
export function openReadOnly(file: string, isFolderWritable: boolean): DatabaseSyncInstance {
  const isSelfContained = !hasPendingJournal(file);
  if (!isFolderWritable && isSelfContained) return readable(openImmutable(file));
  try {
    return readable(new DatabaseSync(file, { readOnly: true, timeout: BUSY_TIMEOUT_MS }));
  } catch (error) {
    if (storageFailureOf(error) === 'read-only' && isSelfContained) {
      return readable(openImmutable(file));
    }
    throw error;
  }
}

function headerValue(db: DatabaseSyncInstance, pragma: 'application_id' | 'user_version'): number {
  const row = db.prepare(`PRAGMA ${pragma}`).get() as Record<string, number>;
  return row[pragma] ?? 0;
}

/**
 * Reads every page of the database and checks it (`PRAGMA quick_check`): true when nothing is
 * damaged. It reads the whole file, about 2 ms a megabyte, so main runs it at open only after a
 * close that was not clean, and otherwise in the read worker once the app has started.
 */
export function passesQuickCheck(db: DatabaseSyncInstance): boolean {
  const rows = db.prepare('PRAGMA quick_check(1)').all() as { quick_check: string }[];
  return rows.length === 1 && rows[0]?.quick_check === 'ok';
}

/**
 * Whether the file is shorter than its own header says: a cut-off copy or download. Reading the
 * 100-byte header costs nothing, unlike checking every page. The header's size is only
 * trusted when SQLite marked it valid (its version-valid-for number matches the change counter).
 */
function isCutShort(file: string, size: number): boolean {
  if (size < 100) return false;
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  const isSizeValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  return isSizeValid && header.readUInt32BE(28) * pageSize > size;
}

function classify(db: DatabaseSyncInstance, shouldCheckPages: boolean): FileInspection {
  const applicationId = headerValue(db, 'application_id');
  const version = headerValue(db, 'user_version');
  const isMarked = applicationId === CALL_COACH_APPLICATION_ID;
  if (!isMarked && applicationId !== 0) return { kind: 'other-app' };
  if (version === 0 && hasSchemaOf(db, 0)) return { kind: 'blank' };
  // Unmarked files are adopted only at a version this build wrote before the mark existed.
  const isKnownVersion = version > 0 && (isMarked || version <= latestSchemaVersion);
  if (!isKnownVersion || !hasSchemaOf(db, version)) {
    return { kind: isMarked ? 'damaged' : 'other-app' };
  }
  return !shouldCheckPages || passesQuickCheck(db)
    ? { kind: 'ours', version, isMarked }
    : { kind: 'damaged' };
}

/**
 * Finds out what `file` holds through a read-only connection only: a read-write connection to a
 * damaged file would checkpoint its WAL into it, and one to another application's file would
 * switch it to WAL. Call Coach's own database is checked page by page (`PRAGMA quick_check`)
 * when the last close was not clean (its WAL still holds changes), which is when damage is
 * likeliest; after a clean close the read worker checks it in the background instead.
 * Throws SQLite's or Node's error when the file cannot even be read.
 */
export function inspectFile(file: string, isFolderWritable: boolean): FileInspection {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { kind: hasPendingJournal(file) ? 'damaged' : 'missing' };
  }
  if (!stats.isFile()) return { kind: 'not-a-file' };
  // SQLite takes an empty file for a new database and deletes the WAL beside it, even on a
  // read-only connection; so a WAL next to an empty file is set aside before SQLite sees it.
  if (stats.size === 0) return { kind: hasPendingJournal(file) ? 'damaged' : 'blank' };
  let db: DatabaseSyncInstance | undefined;
  try {
    const wasClosedUncleanly = hasPendingJournal(file);
    if (!wasClosedUncleanly && isCutShort(file, stats.size)) return { kind: 'damaged' };
    db = openReadOnly(file, isFolderWritable);
    return classify(db, wasClosedUncleanly);
  } catch (error) {
    if (storageFailureOf(error) === 'corrupt') return { kind: 'damaged' };
    // Call Coach's databases are always in WAL mode: a hot rollback journal is another app's.
    if (extendedSqliteCodeOf(error) === SQLITE_READONLY_ROLLBACK) return { kind: 'other-app' };
    throw error;
  } finally {
    db?.close();
  }
}
