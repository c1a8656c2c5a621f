import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import {
  countStepsDone,
  type Call,
  type CallSummary,
  type StepProgress,
} from '../../../shared/domain/call';
import type { HistoryPage, HistoryQuery } from '../../../shared/domain/history';

/** Where calls live. Every method is one statement or one transaction. */
export interface CallRepository {
  insert(call: Call): void;
  /** Writes the whole call over the stored one with the same id. */
  save(call: Call): void;
  get(callId: string): Call | null;
  /** The newest call that has not ended, if any. */
  findOpen(): Call | null;
  /** Ended calls, newest first, optionally narrowed by a full-text search. */
  listHistory(query: HistoryQuery): HistoryPage;
}

interface CallRow {
  id: string;
  playbook_id: string;
  playbook_version: number;
  customer: string;
  account_number: string;
  invoice: string;
  amount_due_cents: number | null;
  started_at: number;
  ended_at: number | null;
  steps_json: string;
  notes: string;
}

interface SummaryRow {
  seq: number;
  id: string;
  customer: string;
  account_number: string;
  invoice: string;
  started_at: number;
  ended_at: number;
  steps_done: number;
  steps_total: number;
}

const CALL_COLUMNS = `id, playbook_id, playbook_version, customer, account_number, invoice,
  amount_due_cents, started_at, ended_at, steps_json, notes`;

const SUMMARY_COLUMNS = `calls.seq, calls.id, calls.customer, calls.account_number, calls.invoice,
  calls.started_at, calls.ended_at, calls.steps_done, json_array_length(calls.steps_json) AS steps_total`;

function toCall(row: CallRow): Call {
  return {
    id: row.id,
    playbookId: row.playbook_id,
    playbookVersion: row.playbook_version,
    customer: row.customer,
    accountNumber: row.account_number,
    invoice: row.invoice,
    amountDueCents: row.amount_due_cents,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    steps: JSON.parse(row.steps_json) as StepProgress[],
    notes: row.notes,
  };
}

function toSummary(row: SummaryRow): CallSummary {
  return {
    id: row.id,
    customer: row.customer,
    accountNumber: row.account_number,
    invoice: row.invoice,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    stepsDone: row.steps_done,
    stepsTotal: row.steps_total,
  };
}

function toParameters(call: Call, updatedAt: number) {
  return {
    id: call.id,
    playbook_id: call.playbookId,
    playbook_version: call.playbookVersion,
    customer: call.customer,
    account_number: call.accountNumber,
    invoice: call.invoice,
    amount_due_cents: call.amountDueCents,
    started_at: call.startedAt,
    ended_at: call.endedAt,
    steps_json: JSON.stringify(call.steps),
    steps_done: countStepsDone(call.steps),
    notes: call.notes,
    updated_at: updatedAt,
  };
}

/**
 * Turns what a caller types into a safe FTS5 query: each word becomes a quoted prefix term, so
 * punctuation and FTS operators in the text are searched for, never interpreted.
 */
export function toSearchExpression(search: string): string | null {
  const words = search.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}

/** A repository over the calls table; `clock` stamps `updated_at`. */
export function createCallRepository(db: DatabaseSync, clock: () => number): CallRepository {
  const insert = db.prepare(`
    INSERT INTO calls (id, playbook_id, playbook_version, customer, account_number, invoice,
      amount_due_cents, started_at, ended_at, steps_json, steps_done, notes, updated_at)
    VALUES (:id, :playbook_id, :playbook_version, :customer, :account_number, :invoice,
      :amount_due_cents, :started_at, :ended_at, :steps_json, :steps_done, :notes, :updated_at)`);
  const update = db.prepare(`
    UPDATE calls SET playbook_id = :playbook_id, playbook_version = :playbook_version,
      customer = :customer, account_number = :account_number, invoice = :invoice,
      amount_due_cents = :amount_due_cents, started_at = :started_at, ended_at = :ended_at,
      steps_json = :steps_json, steps_done = :steps_done, notes = :notes, updated_at = :updated_at
    WHERE id = :id`);
  const byId = db.prepare(`SELECT ${CALL_COLUMNS} FROM calls WHERE id = ?`);
  const open = db.prepare(
    `SELECT ${CALL_COLUMNS} FROM calls WHERE ended_at IS NULL ORDER BY started_at DESC LIMIT 1`,
  );
  // History is newest first by storage order (seq): calls are stored when they start, so this is
  // start order, and it lets SQLite walk the index (or FTS5 its rowids) backwards and stop after
  // one page. Sorting by started_at instead would sort every match of a common search word.
  const history = db.prepare(`
    SELECT ${SUMMARY_COLUMNS} FROM calls
    WHERE ended_at IS NOT NULL AND seq < :before
    ORDER BY seq DESC LIMIT :limit`);
  const search = db.prepare(`
    SELECT ${SUMMARY_COLUMNS} FROM calls_search JOIN calls ON calls.seq = calls_search.rowid
    WHERE calls_search MATCH :match AND calls_search.rowid < :before AND calls.ended_at IS NOT NULL
    ORDER BY calls_search.rowid DESC LIMIT :limit`);

  function listHistory(query: HistoryQuery): HistoryPage {
    // One row more than asked tells whether another page exists.
    const limit = query.limit + 1;
    const before = query.after?.before ?? Number.MAX_SAFE_INTEGER;
    const match = toSearchExpression(query.search);
    const rows = (match === null
      ? history.all({ before, limit })
      : search.all({ match, before, limit })) as unknown as SummaryRow[];
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toSummary),
      next: rows.length > query.limit && last ? { before: last.seq } : null,
    };
  }

  return {
    insert: (call) => {
      insert.run(toParameters(call, clock()));
    },
    save: (call) => {
      const { changes } = update.run(toParameters(call, clock()));
      if (changes === 0) throw new Error(`No stored call has id ${call.id}`);
    },
    get: (callId) => {
      const row = byId.get(callId) as CallRow | undefined;
      return row ? toCall(row) : null;
    },
    findOpen: () => {
      const row = open.get() as CallRow | undefined;
      return row ? toCall(row) : null;
    },
    listHistory,
  };
}
