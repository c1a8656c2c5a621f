/**
 * What kind of storage failure an error is:
 * - `'corrupt'`: the file is damaged or is not a database (SQLITE_CORRUPT, SQLITE_NOTADB);
 * - `'full'`: the disk (or the database's size limit) is full (SQLITE_FULL, ENOSPC, EDQUOT);
 * - `'read-only'`: something that had to be written cannot be (SQLITE_READONLY, SQLITE_PERM,
 *   SQLITE_CANTOPEN, EACCES, EPERM, EROFS).
 */
export type StorageFailure = 'corrupt' | 'full' | 'read-only';

/** Why no database could be opened; the message says the same in words. */
export type StorageUnavailableReason =
  /** Something had to be written (a new database, a file moved aside, a schema update) and cannot be. */
  | 'not-writable'
  /** The database path is taken by a folder or another kind of entry. */
  | 'not-a-file'
  /** The existing database cannot be read. */
  | 'unreadable'
  | 'disk-full'
  /** Another program holds the database locked. */
  | 'in-use'
  | 'failed';

const SQLITE_PERM = 3;
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

/** SQLite's extended code for a read-only connection that finds a hot rollback journal. */
export const SQLITE_READONLY_ROLLBACK = 776;

const FAILURE_BY_SQLITE_CODE = new Map<number, StorageFailure>([
  [SQLITE_CORRUPT, 'corrupt'],
  [SQLITE_NOTADB, 'corrupt'],
  [SQLITE_FULL, 'full'],
  [SQLITE_READONLY, 'read-only'],
  [SQLITE_PERM, 'read-only'],
  // CANTOPEN is what SQLite reports when it cannot create a file it needs, such as the -wal
  // next to the database in a folder that cannot be written to.
  [SQLITE_CANTOPEN, 'read-only'],
]);

const FAILURE_BY_SYSTEM_CODE = new Map<string, StorageFailure>([
  ['EACCES', 'read-only'],
  ['EPERM', 'read-only'],
  ['EROFS', 'read-only'],
  ['ENOSPC', 'full'],
  ['EDQUOT', 'full'],
]);

/** SQLite's result code of an error (`errcode`), when it has one. */
function sqliteCodeOf(error: unknown): number | null {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code : null;
}

/** SQLite's extended result code of an error, which tells apart kinds of one primary code. */
export function extendedSqliteCodeOf(error: unknown): number | null {
  const code = (error as { sqliteExtendedCode?: unknown } | null)?.sqliteExtendedCode;
  return typeof code === 'number' ? code : sqliteCodeOf(error);
}

/**
 * Tells what kind of storage failure `error` is, from SQLite's result code (its primary part,
 * `errcode & 0xff`) or Node's system error code; null for anything else, including errors that
 * are not storage failures at all.
 */
export function storageFailureOf(error: unknown): StorageFailure | null {
  const sqliteCode = sqliteCodeOf(error);
  if (sqliteCode !== null) return FAILURE_BY_SQLITE_CODE.get(sqliteCode & 0xff) ?? null;
  const systemCode = (error as { code?: unknown } | null)?.code;
  return typeof systemCode === 'string' ? (FAILURE_BY_SYSTEM_CODE.get(systemCode) ?? null) : null;
}

/** Whether `error` is SQLite giving up on a lock another connection holds. */
export function isBusyError(error: unknown): boolean {
  const code = sqliteCodeOf(error);
  return code !== null && [SQLITE_BUSY, SQLITE_LOCKED].includes(code & 0xff);
}

/**
 * Thrown when no database can be opened at all. `message` is a sentence for the caller: what
 * happened and what to do, never raw SQLite text. `cause` keeps the underlying error for logs.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';

  constructor(
    message: string,
    readonly reason: StorageUnavailableReason,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}
