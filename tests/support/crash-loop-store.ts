import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATABASE_FILE_NAME } from '../../electron/main/storage/database';
import type { ImportCounts } from '../../shared/domain/imports';
import { YES } from './crash-loop-protocol';

/** The one open call as stored: what the app must reopen. */
export interface StoredOpenCall {
  readonly id: string;
  readonly notes: string;
  readonly captures: unknown;
  readonly steps: unknown;
}

/** One row of `imports`, with how many invoice events it wrote of each kind. */
export interface StoredImport {
  readonly id: number;
  readonly fileName: string;
  readonly isFull: boolean;
  readonly isFinished: boolean;
  readonly counts: ImportCounts | null;
  readonly events: { listed: number; changed: number; reopened: number; closed: number };
}

/** What a killed run left in the data folder, read as another program would read the file. */
export interface StoredState {
  /** `PRAGMA integrity_check`'s rows: `['ok']` when every page and index is sound. */
  readonly integrity: string[];
  /** Files in the data folder that are not the database and its -wal and -shm. */
  readonly strayFiles: string[];
  readonly openCalls: StoredOpenCall[];
  /** Every ended call's row, as JSON, by id: ended calls are history and never change. */
  readonly endedCalls: ReadonlyMap<string, string>;
  /** Ended calls whose promise and follow-ups were not stored with the end. */
  readonly endedWithoutWork: string[];
  /** Calls whose promise is marked kept while its promise follow-up is still open. */
  readonly keptButOpen: string[];
  readonly imports: StoredImport[];
  readonly invoiceNumbers: ReadonlySet<string>;
  /** The stored value of each fact asked for (see `keys`), undefined when absent. */
  readonly facts: ReadonlyMap<string, string | undefined>;
}

const DATABASE_FILES = new Set([
  DATABASE_FILE_NAME,
  `${DATABASE_FILE_NAME}-wal`,
  `${DATABASE_FILE_NAME}-shm`,
]);

function rows<T>(db: DatabaseSyncInstance, sql: string, ...params: (string | number)[]): T[] {
  return db.prepare(sql).all(...params) as T[];
}

function importsOf(db: DatabaseSyncInstance): StoredImport[] {
  const events = new Map<number, StoredImport['events']>();
  for (const row of rows<{ import_id: number; kind: string; n: number }>(
    db,
    `SELECT import_id, kind, count(*) AS n FROM invoice_events
     WHERE import_id IS NOT NULL GROUP BY import_id, kind`,
  )) {
    const counted = events.get(row.import_id) ?? { listed: 0, changed: 0, reopened: 0, closed: 0 };
    counted[row.kind as keyof StoredImport['events']] = row.n;
    events.set(row.import_id, counted);
  }
  return rows<{
    id: number;
    file_name: string;
    is_full: number;
    finished_at: number | null;
    counts_json: string;
  }>(db, 'SELECT id, file_name, is_full, finished_at, counts_json FROM imports ORDER BY id').map(
    (row) => {
      const counts = JSON.parse(row.counts_json) as Partial<ImportCounts>;
      return {
        id: row.id,
        fileName: row.file_name,
        isFull: row.is_full === 1,
        isFinished: row.finished_at !== null,
        counts: counts.invoices ? (counts as ImportCounts) : null,
        events: events.get(row.id) ?? { listed: 0, changed: 0, reopened: 0, closed: 0 },
      };
    },
  );
}

/** Reads one fact named by a key of `keys`. */
function factReader(db: DatabaseSyncInstance): (key: string) => string | undefined {
  const call = db.prepare(
    'SELECT ended_at, notes, captures_json, steps_json FROM calls WHERE id = ?',
  );
  const followUp = db.prepare('SELECT due_on, closed_why FROM follow_ups WHERE id = ?');
  const promise = db.prepare('SELECT marked FROM promises WHERE call_id = ?');
  type CallRow = {
    ended_at: number | null;
    notes: string;
    captures_json: string;
    steps_json: string;
  };
  return (key) => {
    const [kind, id = '', ...rest] = key.split('|');
    const callRow = () => call.get(id) as CallRow | undefined;
    switch (kind) {
      case 'started':
        return callRow() ? YES : undefined;
      case 'ended': {
        const row = callRow();
        return row && (row.ended_at === null ? 'open' : YES);
      }
      case 'notes':
        return callRow()?.notes;
      case 'field': {
        const [sectionId = '', fieldId = ''] = rest;
        const row = callRow();
        const captures =
          row && (JSON.parse(row.captures_json) as Record<string, Record<string, string>>);
        return captures?.[sectionId]?.[fieldId];
      }
      case 'step': {
        const row = callRow();
        const steps =
          row && (JSON.parse(row.steps_json) as { stepId: string; checkedAt: number | null }[]);
        const step = steps?.find((each) => each.stepId === rest[0]);
        return step && (step.checkedAt === null ? 'open' : YES);
      }
      case 'due':
        return (followUp.get(Number(id)) as { due_on: string } | undefined)?.due_on;
      case 'done': {
        const row = followUp.get(Number(id)) as { closed_why: string | null } | undefined;
        return row && (row.closed_why === 'done' ? YES : (row.closed_why ?? 'open'));
      }
      case 'mark':
        return (promise.get(id) as { marked: string | null } | undefined)?.marked ?? undefined;
      default:
        throw new Error(`Unknown fact ${key}`);
    }
  };
}

/**
 * A byte-for-byte copy of the database files in `dataDir`, at a path this process never opened.
 * Closing a connection whose statements are still alive (until they are garbage-collected)
 * leaves SQLite's connection, and with it the process's map of the -shm index, open; a later
 * connection to the same file in this process then trusts that index instead of rebuilding it
 * from the WAL as a newly started app does, and misses a commit a kill left in the WAL but not
 * yet in the index. A copy at a new path is read exactly as a new process reads the original.
 */
function copyOfDatabase(dataDir: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'call-coach-crash-read-'));
  for (const name of DATABASE_FILES) {
    const from = path.join(dataDir, name);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(copy, name));
  }
  return copy;
}

/**
 * Reads the database in `dataDir` read-only, as a newly started program would (see
 * `copyOfDatabase`), with everything the crash loop checks and the facts named by `factKeys`.
 * Call it only while no app has the folder open.
 */
export function readStoredState(dataDir: string, factKeys: Iterable<string>): StoredState {
  const strayFiles = fs.readdirSync(dataDir).filter((name) => !DATABASE_FILES.has(name));
  const copy = copyOfDatabase(dataDir);
  const db = new DatabaseSync(path.join(copy, DATABASE_FILE_NAME), { readOnly: true });
  try {
    const integrity = rows<{ integrity_check: string }>(db, 'PRAGMA integrity_check').map(
      (row) => row.integrity_check,
    );
    const openCalls = rows<{
      id: string;
      notes: string;
      captures_json: string;
      steps_json: string;
    }>(db, 'SELECT id, notes, captures_json, steps_json FROM calls WHERE ended_at IS NULL').map(
      (row) => ({
        id: row.id,
        notes: row.notes,
        captures: JSON.parse(row.captures_json) as unknown,
        steps: JSON.parse(row.steps_json) as unknown,
      }),
    );
    const endedCalls = new Map(
      rows<Record<string, unknown> & { id: string }>(
        db,
        'SELECT * FROM calls WHERE ended_at IS NOT NULL ORDER BY id',
      ).map((row) => [row.id, JSON.stringify(row)]),
    );
    const endedWithoutWork = rows<{ id: string }>(
      db,
      'SELECT id FROM calls WHERE ended_at IS NOT NULL AND work_recorded = 0',
    ).map((row) => row.id);
    const keptButOpen = rows<{ call_id: string }>(
      db,
      `SELECT promises.call_id FROM promises JOIN follow_ups
         ON follow_ups.call_id = promises.call_id AND follow_ups.kind = 'promise'
       WHERE promises.marked = 'kept' AND follow_ups.closed_at IS NULL`,
    ).map((row) => row.call_id);
    const invoiceNumbers = new Set(
      rows<{ number: string }>(db, 'SELECT DISTINCT number FROM invoices').map((row) => row.number),
    );
    const read = factReader(db);
    return {
      integrity,
      strayFiles,
      openCalls,
      endedCalls,
      endedWithoutWork,
      keptButOpen,
      imports: importsOf(db),
      invoiceNumbers,
      facts: new Map([...factKeys].map((key) => [key, read(key)])),
    };
  } finally {
    db.close();
    fs.rmSync(copy, { recursive: true, force: true });
  }
}
