import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import fs from 'node:fs';
import type { WriteAccessProbe } from '../../electron/main/storage/database';

/** Root writes through permission bits, so chmod cannot make anything read-only for it. */
export const isRoot = process.getuid?.() === 0;

/**
 * A write-access probe that answers "cannot be written" for exactly `paths` and asks the
 * operating system about the rest: how tests make a file or folder read-only, even as root.
 */
export function denyWrites(...paths: string[]): WriteAccessProbe {
  const denied = new Set(paths);
  return {
    canWrite: (target) => {
      if (denied.has(target)) return false;
      try {
        fs.accessSync(target, fs.constants.W_OK);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * Makes the disk look full to `db`: SQLite may not grow the file past the pages it has now
 * (`PRAGMA max_page_count = page_count`), so the next write that needs a new page fails with
 * SQLITE_FULL exactly as on a full disk. It holds for this connection only, until `freeDiskSpace`.
 */
export function fillDisk(db: DatabaseSyncInstance): void {
  const { page_count: pages } = db.prepare('PRAGMA page_count').get() as { page_count: number };
  db.exec(`PRAGMA max_page_count = ${pages}`);
}

/** Undoes `fillDisk`: SQLite's largest page count again. */
export function freeDiskSpace(db: DatabaseSyncInstance): void {
  db.exec('PRAGMA max_page_count = 4294967294');
}
