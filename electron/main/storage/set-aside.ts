import fs from 'node:fs';

/** Why a file was moved out of the way: it could not be read, or another application made it. */
export type SetAsideKind = 'damaged' | 'other-app';

/** The files SQLite keeps next to a database, which belong with it wherever it goes. */
export const SIDECAR_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

/** The size of a file in bytes, or null when there is none at `file`. */
export function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}

/** The sidecar files that exist next to `file` right now. */
export function existingSidecars(file: string): Set<string> {
  return new Set(
    SIDECAR_SUFFIXES.map((suffix) => file + suffix).filter((sidecar) => fs.existsSync(sidecar)),
  );
}

/** `2026-11-22T10:42:00.000Z` becomes `2026-11-22T10-42-00-000Z`, safe in a file name anywhere. */
function stampOf(now: Date): string {
  return now.toISOString().replaceAll(':', '-').replace('.', '-');
}

function isTaken(target: string): boolean {
  return [target, ...SIDECAR_SUFFIXES.map((suffix) => target + suffix)].some((name) =>
    fs.existsSync(name),
  );
}

/**
 * Renames `call-coach.db` to `call-coach.<kind>-<stamp>.db`, with its -wal, -shm and -journal
 * files, and returns the new path. The bytes are never touched and an earlier file set aside is
 * never overwritten: a second one in the same millisecond gets `-2`, `-3`… after the stamp.
 * Throws Node's error when a rename fails; whatever was already renamed stays renamed.
 */
export function setAside(file: string, kind: SetAsideKind, now: Date): string {
  const base = file.replace(/\.db$/, '');
  const stamp = stampOf(now);
  let target = `${base}.${kind}-${stamp}.db`;
  for (let copy = 2; isTaken(target); copy += 1) target = `${base}.${kind}-${stamp}-${copy}.db`;
  // The main file goes first. If the sidecars then fail to move, a WAL left behind without its
  // database is noticed and set aside on the next open; a database left behind without its WAL
  // would instead open as if the rows in that WAL had never been written.
  if (fs.existsSync(file)) fs.renameSync(file, target);
  for (const suffix of SIDECAR_SUFFIXES) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}
