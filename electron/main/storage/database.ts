import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import fs from 'node:fs';
import path from 'node:path';
import {
  BUSY_TIMEOUT_MS,
  CALL_COACH_APPLICATION_ID,
  hasPendingJournal,
  inspectFile,
  openReadOnly,
} from './database-file';
import { latestSchemaVersion, migrate } from './migrations';
import { existingSidecars, setAside, sizeOf, type SetAsideKind } from './set-aside';
import {
  isBusyError,
  storageFailureOf,
  StorageUnavailableError,
  type StorageUnavailableReason,
} from './storage-failure';

export { CALL_COACH_APPLICATION_ID } from './database-file';
export { storageFailureOf, StorageUnavailableError } from './storage-failure';

export const DATABASE_FILE_NAME = 'call-coach.db';

/**
 * `'read-write'`: everything works. `'read-only'`: history can be read; every write fails with
 * SQLite's read-only error (`storageFailureOf` says `'read-only'`), so callers refuse to start a
 * call rather than lose one.
 */
export type StorageAccess = 'read-write' | 'read-only';

export interface OpenedDatabase {
  readonly db: DatabaseSyncInstance;
  /** The path of `call-coach.db`. */
  readonly file: string;
  readonly access: StorageAccess;
  /** A sentence the caller must be shown about their data (a file moved aside, read-only access), or null. */
  readonly notice: string | null;
}

/** Asks whether a path may be written; tests inject one, because root may write anything. */
export interface WriteAccessProbe {
  canWrite(target: string): boolean;
}

/** The real answer, from the operating system's access check. */
export const fileSystemAccess: WriteAccessProbe = {
  canWrite(target) {
    try {
      fs.accessSync(target, fs.constants.W_OK);
      return true;
    } catch {
      return false;
    }
  },
};

type Blocked = 'file' | 'folder' | 'storage';

const NEWER_VERSION_NOTICE =
  'Your call history was saved by a newer version of Call Coach. History can be read, but starting a call is refused until Call Coach is updated.';

function damagedNotice(movedTo: string): string {
  return `Call Coach could not read its database, so it started a fresh one. The old file was kept as ${movedTo}.`;
}

function otherAppNotice(file: string, movedTo: string): string {
  return `The file ${file} was not made by Call Coach, so Call Coach left it as it was, renamed it to ${movedTo} and started a fresh database in its place.`;
}

function readOnlyNotice(blocked: Blocked, file: string, dataDir: string): string {
  const because = {
    file: `the file ${file} cannot be written to`,
    folder: `the folder ${dataDir} cannot be written to`,
    storage: `${file} cannot be written to`,
  }[blocked];
  return `Call Coach can only read its database, because ${because}. History can be read, but starting a call is refused until that is made writable and Call Coach is started again.`;
}

function folderNotWritable(dataDir: string): string {
  return `Call Coach cannot keep your calls in the folder ${dataDir}, because that folder cannot be written to. Make it writable, or choose another data folder, and start Call Coach again.`;
}

function cannotUpdate(file: string, dataDir: string): string {
  return `Call Coach needs to update its database ${file} for this version, but it cannot be written to. Make the file and the folder ${dataDir} writable and start Call Coach again.`;
}

function unavailable(
  message: string,
  reason: StorageUnavailableReason,
  cause?: unknown,
): StorageUnavailableError {
  return new StorageUnavailableError(message, reason, cause === undefined ? undefined : { cause });
}

/** Turns an error met while reading or writing the database into a sentence for the caller. */
function explain(
  error: unknown,
  doing: 'create' | 'update' | 'read',
  file: string,
  dataDir: string,
  movedTo: string | null = null,
): StorageUnavailableError {
  const kept = movedTo === null ? '' : ` The old file was kept as ${movedTo}.`;
  const failure = storageFailureOf(error);
  if (failure === 'full') {
    return unavailable(
      `Call Coach cannot save its database, because the disk holding ${dataDir} is full. Free some space and start Call Coach again.${kept}`,
      'disk-full',
      error,
    );
  }
  if (isBusyError(error)) {
    return unavailable(
      `Call Coach cannot open its database ${file}, because another program is using it. Close any other copy of Call Coach and start it again.${kept}`,
      'in-use',
      error,
    );
  }
  if (failure === 'read-only' && doing === 'create') {
    return unavailable(folderNotWritable(dataDir) + kept, 'not-writable', error);
  }
  if (failure === 'read-only' && doing === 'update') {
    return unavailable(cannotUpdate(file, dataDir), 'not-writable', error);
  }
  if (failure === 'read-only' && hasPendingJournal(file)) {
    return unavailable(
      `Call Coach cannot read its database ${file}: it was not closed cleanly last time, and finishing that needs the folder ${dataDir} to be writable. Make the folder writable and start Call Coach again; nothing was changed.`,
      'unreadable',
      error,
    );
  }
  if (failure !== null) {
    return unavailable(
      `Call Coach cannot read its database ${file}. Check that the file can be read, then start Call Coach again.`,
      'unreadable',
      error,
    );
  }
  return unavailable(
    `Call Coach could not open its database ${file}. Start Call Coach again; if this keeps happening, move that file out of ${dataDir} to start with an empty history.${kept}`,
    'failed',
    error,
  );
}

function ensureFolder(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw unavailable(
        `Call Coach cannot use ${dataDir} as its data folder, because that path, or a part of it, is a file rather than a folder. Choose another data folder or move that file, then start Call Coach again.`,
        'not-a-file',
        error,
      );
    }
    if (storageFailureOf(error) === 'full') {
      throw unavailable(
        `Call Coach cannot create its data folder ${dataDir}, because the disk is full. Free some space and start Call Coach again.`,
        'disk-full',
        error,
      );
    }
    if (storageFailureOf(error) === 'read-only') {
      throw unavailable(
        `Call Coach cannot create its data folder ${dataDir}, because the folder that would hold it cannot be written to. Make it writable, or choose another data folder, and start Call Coach again.`,
        'not-writable',
        error,
      );
    }
    throw unavailable(
      `Call Coach cannot create its data folder ${dataDir}. Check that the path is right and can be written to, then start Call Coach again.`,
      'failed',
      error,
    );
  }
}

/** A read-write connection with the pragmas every connection uses, at the latest schema. */
function openReadWrite(file: string, shouldMark: boolean): DatabaseSyncInstance {
  const db = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.exec('PRAGMA journal_mode = WAL');
    // FULL makes each committed autosave survive a power cut, not only a crash of the app.
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    // A deleted call or account must leave no readable copy: SQLite zeroes the space a deleted
    // row or freed page held instead of leaving its bytes in the file until reused.
    db.exec('PRAGMA secure_delete = ON');
    if (shouldMark) db.exec(`PRAGMA application_id = ${CALL_COACH_APPLICATION_ID}`);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The sidecar files a read-only look created beside a file about to be set aside (an empty -wal
 * and an -shm index, for a WAL database) are SQLite's working files, not the user's: they are
 * removed so the file moves exactly as found.
 */
function removeSidecarsCreatedSince(file: string, before: ReadonlySet<string>): void {
  for (const sidecar of [`${file}-shm`, `${file}-wal`]) {
    if (before.has(sidecar)) continue;
    const size = sizeOf(sidecar);
    if (size === null || (sidecar.endsWith('-wal') && size > 0)) continue;
    fs.rmSync(sidecar, { force: true });
  }
}

interface Place {
  readonly file: string;
  readonly dataDir: string;
  readonly isFolderWritable: boolean;
  readonly now: () => Date;
}

function createFresh(place: Place, movedTo: string | null = null): DatabaseSyncInstance {
  try {
    return openReadWrite(place.file, true);
  } catch (error) {
    throw explain(error, 'create', place.file, place.dataDir, movedTo);
  }
}

function replace(
  place: Place,
  kind: SetAsideKind,
  sidecarsBefore: ReadonlySet<string>,
): OpenedDatabase {
  const { file, dataDir } = place;
  removeSidecarsCreatedSince(file, sidecarsBefore);
  const problem =
    kind === 'damaged' ? 'it cannot be read as a database' : 'it was not made by Call Coach';
  if (!place.isFolderWritable) {
    throw unavailable(
      `Call Coach cannot use ${file}, because ${problem}, and it cannot move that file aside because the folder ${dataDir} cannot be written to. Make the folder writable and start Call Coach again; the file will be kept under a new name.`,
      'not-writable',
    );
  }
  let movedTo: string;
  try {
    movedTo = setAside(file, kind, place.now());
  } catch (error) {
    throw unavailable(
      `Call Coach cannot use ${file}, because ${problem}, and moving it aside failed. Make sure no other program has it open and the folder ${dataDir} can be written to, then start Call Coach again.`,
      storageFailureOf(error) === 'read-only' ? 'not-writable' : 'failed',
      error,
    );
  }
  const notice = kind === 'damaged' ? damagedNotice(movedTo) : otherAppNotice(file, movedTo);
  return { db: createFresh(place, movedTo), file, access: 'read-write', notice };
}

function openReadOnlyDatabase(place: Place, notice: string): OpenedDatabase {
  try {
    const db = openReadOnly(place.file, place.isFolderWritable);
    db.exec('PRAGMA foreign_keys = ON');
    return { db, file: place.file, access: 'read-only', notice };
  } catch (error) {
    throw explain(error, 'read', place.file, place.dataDir);
  }
}

function openReadOnlyAtLatest(place: Place, version: number, blocked: Blocked): OpenedDatabase {
  // The app's queries expect the latest schema: an older file that cannot be updated cannot serve.
  if (version < latestSchemaVersion) {
    throw unavailable(cannotUpdate(place.file, place.dataDir), 'not-writable');
  }
  return openReadOnlyDatabase(place, readOnlyNotice(blocked, place.file, place.dataDir));
}

function openOurs(
  place: Place,
  found: { readonly version: number; readonly isMarked: boolean },
  canWriteFile: boolean,
): OpenedDatabase {
  if (found.version > latestSchemaVersion) return openReadOnlyDatabase(place, NEWER_VERSION_NOTICE);
  // SQLite creates the -wal and -shm beside the database, so writing needs the folder too.
  const blocked = !canWriteFile ? 'file' : !place.isFolderWritable ? 'folder' : null;
  if (blocked !== null) return openReadOnlyAtLatest(place, found.version, blocked);
  try {
    const db = openReadWrite(place.file, !found.isMarked);
    return { db, file: place.file, access: 'read-write', notice: null };
  } catch (error) {
    const failure = storageFailureOf(error);
    if (failure === 'read-only') return openReadOnlyAtLatest(place, found.version, 'storage');
    if (failure === 'corrupt') return replace(place, 'damaged', existingSidecars(place.file));
    throw explain(error, 'update', place.file, place.dataDir);
  }
}

function openIn(dataDir: string, now: () => Date, probe: WriteAccessProbe): OpenedDatabase {
  ensureFolder(dataDir);
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const place: Place = { file, dataDir, isFolderWritable: probe.canWrite(dataDir), now };
  const sidecarsBefore = existingSidecars(file);
  let found;
  try {
    found = inspectFile(file, place.isFolderWritable);
  } catch (error) {
    throw explain(error, 'read', file, dataDir);
  }
  switch (found.kind) {
    case 'not-a-file':
      throw unavailable(
        `Call Coach cannot open its database, because ${file} is a folder or another kind of entry, not a file. Move or rename it, then start Call Coach again.`,
        'not-a-file',
      );
    case 'missing':
    case 'blank':
      if (!place.isFolderWritable || (found.kind === 'blank' && !probe.canWrite(file))) {
        throw unavailable(folderNotWritable(dataDir), 'not-writable');
      }
      return { db: createFresh(place), file, access: 'read-write', notice: null };
    case 'damaged':
    case 'other-app':
      return replace(place, found.kind, sidecarsBefore);
    case 'ours':
      return openOurs(place, found, probe.canWrite(file));
  }
}

/**
 * Opens (creating if needed) the one database in `dataDir`, in WAL mode, marked as Call Coach's
 * and at the latest schema. Whatever is at that path, the user's file is never modified or
 * deleted, except that a Call Coach database is updated to the latest schema (and, if written
 * before databases were marked, marked):
 * - a file that is damaged anywhere, or a WAL without its database, is renamed
 *   `call-coach.damaged-<time>.db` (with its -wal/-shm), and a fresh database takes its place;
 * - another application's SQLite file is renamed `call-coach.other-app-<time>.db`, likewise;
 * - a database from a newer version of Call Coach, or one whose file or folder cannot be
 *   written to, is opened read-only (`access: 'read-only'`) and never written to.
 * `notice` tells the caller what happened and where any moved file is.
 * @param probe whether a path can be written; the operating system's answer unless a test says otherwise
 * @throws StorageUnavailableError when no database can be opened at all; never SQLite's own error
 */
export function openDatabase(
  dataDir: string,
  now: () => Date = () => new Date(),
  probe: WriteAccessProbe = fileSystemAccess,
): OpenedDatabase {
  try {
    return openIn(dataDir, now, probe);
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw error;
    throw explain(error, 'read', path.join(dataDir, DATABASE_FILE_NAME), dataDir);
  }
}

/**
 * Closes `db` cleanly: the WAL is first checkpointed into the main file and emptied, so
 * `call-coach.db` alone is then a complete copy of every committed row, even while prepared
 * statements are still alive (which would keep SQLite's own close from checkpointing). Safe on a
 * read-only or already closed database; never throws.
 */
export function closeDatabase(db: DatabaseSyncInstance): void {
  if (!db.isOpen) return;
  try {
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } catch {
    // A statement still part-way through its rows blocks the checkpoint. Committed rows are then
    // still safe in the -wal, which SQLite reads back on the next open.
  }
  db.close();
}

/**
 * For corruption found at run time (`storageFailureOf(error) === 'corrupt'`): renames `file` and
 * its -wal/-shm to `call-coach.damaged-<time>.db…`, bytes untouched, and returns the new path.
 * Close every connection to it first; a later `openDatabase` then starts a fresh database.
 * @throws StorageUnavailableError when the file cannot be moved
 */
export function setAsideDamagedFile(file: string, now: Date): string {
  if (!fs.existsSync(file)) {
    throw unavailable(
      `Call Coach cannot move its database ${file} aside, because there is no file there.`,
      'failed',
    );
  }
  try {
    return setAside(file, 'damaged', now);
  } catch (error) {
    throw unavailable(
      `Call Coach found its database ${file} damaged but cannot move it aside. Make sure no other program has it open and its folder can be written to, then start Call Coach again.`,
      storageFailureOf(error) === 'read-only' ? 'not-writable' : 'failed',
      error,
    );
  }
}
