import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE_NAME } from '../../electron/main/storage/database';
import { migrate, migrations } from '../../electron/main/storage/migrations';
import { T0 } from './builders';

/** SHA-256 of a file's bytes: equal before and after means the file was left exactly as it was. */
export function hashOf(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The files in `dir`, sorted. */
export function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** `call-coach.db` in `dir`. */
export function databaseFileIn(dir: string): string {
  return path.join(dir, DATABASE_FILE_NAME);
}

/** SQLite's own header field, read from the file's bytes: 1 for a rollback journal, 2 for WAL. */
export function fileFormatOf(file: string): number {
  return fs.readFileSync(file).readUInt8(18);
}

/** Opens `file` with SQLite directly, as another program would. */
export function openRaw(file: string): DatabaseSyncInstance {
  return new DatabaseSync(file);
}

/**
 * A database as an earlier Call Coach left it, before databases were marked: WAL, at `version`,
 * application_id 0, with one ended call stored at that version's columns. Closed cleanly.
 */
export function writeUnmarkedDatabase(file: string, version: number): void {
  const db = openRaw(file);
  db.exec('PRAGMA journal_mode = WAL');
  migrate(
    db,
    migrations.filter((migration) => migration.version <= version),
  );
  db.prepare(
    `INSERT INTO calls (id, playbook_id, playbook_version, customer, account_number, invoice,
      amount_due_cents, started_at, ended_at, steps_json, steps_done, notes, updated_at)
    VALUES ('kept', 'default-ar', 1, 'Acme Supplies', 'AC-1', 'INV-1', 5000, ?, ?, '[]', 0,
      'Paid Friday', ?)`,
  ).run(T0, T0 + 60_000, T0);
  db.prepare("INSERT INTO settings (key, value_json) VALUES ('theme', '\"dark\"')").run();
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
}

/** An SQLite file another program made: its own tables, rollback journal, its own id if given. */
export function writeForeignDatabase(file: string, sql: string, applicationId = 0): void {
  const db = openRaw(file);
  db.exec(sql);
  if (applicationId !== 0) db.exec(`PRAGMA application_id = ${applicationId}`);
  db.close();
}

/** Overwrites page `page` (numbered from 1) of a closed database file with the byte 0xA5. */
export function overwritePage(file: string, page: number, pageSize = 4096): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}

/** How many pages a closed database file has. */
export function pageCountOf(file: string, pageSize = 4096): number {
  return fs.statSync(file).size / pageSize;
}
