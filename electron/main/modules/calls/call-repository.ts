import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import {
  countStepsDone,
  type Call,
  type CallSummary,
  type OpenBranch,
  type StepProgress,
} from '../../../shared/domain/call';
import type { CaptureValues } from '../../../shared/domain/capture';
import type { Closing } from '../../../shared/domain/closing';
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
  contact: string;
  customer_since: string;
  due_on: string | null;
  started_at: number;
  ended_at: number | null;
  steps_json: string;
  branches_json: string;
  captures_json: string;
  questions_json: string;
  notes: string;
  closing_json: string | null;
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
  outcome_label: string | null;
  action_due_on: string | null;
}

const CALL_COLUMNS = `id, playbook_id, playbook_version, customer, account_number, invoice,
  amount_due_cents, contact, customer_since, due_on, started_at, ended_at, steps_json,
  branches_json, captures_json, questions_json, notes, closing_json`;

const SUMMARY_COLUMNS = `calls.seq, calls.id, calls.customer, calls.account_number, calls.invoice,
  calls.started_at, calls.ended_at, calls.steps_done, json_array_length(calls.steps_json) AS steps_total,
  calls.outcome_label, calls.action_due_on`;

function toCall(row: CallRow): Call {
  return {
    id: row.id,
    playbookId: row.playbook_id,
    playbookVersion: row.playbook_version,
    customer: row.customer,
    accountNumber: row.account_number,
    invoice: row.invoice,
    amountDueCents: row.amount_due_cents,
    contact: row.contact,
    customerSince: row.customer_since,
    dueOn: row.due_on,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    steps: JSON.parse(row.steps_json) as StepProgress[],
    branches: JSON.parse(row.branches_json) as OpenBranch[],
    captures: JSON.parse(row.captures_json) as Record<string, CaptureValues>,
    questionsAsked: JSON.parse(row.questions_json) as string[],
    notes: row.notes,
    closing: row.closing_json === null ? null : (JSON.parse(row.closing_json) as Closing),
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
    outcomeLabel: row.outcome_label,
    actionDueOn: row.action_due_on,
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
    contact: call.contact,
    customer_since: call.customerSince,
    due_on: call.dueOn,
    started_at: call.startedAt,
    ended_at: call.endedAt,
    steps_json: JSON.stringify(call.steps),
    steps_done: countStepsDone(call.steps),
    branches_json: JSON.stringify(call.branches),
    captures_json: JSON.stringify(call.captures),
    questions_json: JSON.stringify(call.questionsAsked),
    notes: call.notes,
    closing_json: call.closing === null ? null : JSON.stringify(call.closing),
    // Copied out of the closing so a history page reads them without parsing JSON.
    outcome_label: call.closing?.outcomeLabel ?? null,
    action_due_on: call.closing?.action?.dueOn ?? null,
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
      amount_due_cents, contact, customer_since, due_on, started_at, ended_at, steps_json,
      steps_done, branches_json, captures_json, questions_json, notes, closing_json,
      outcome_label, action_due_on, updated_at)
    VALUES (:id, :playbook_id, :playbook_version, :customer, :account_number, :invoice,
      :amount_due_cents, :contact, :customer_since, :due_on, :started_at, :ended_at, :steps_json,
      :steps_done, :branches_json, :captures_json, :questions_json, :notes, :closing_json,
      :outcome_label, :action_due_on, :updated_at)`);
  const update = db.prepare(`
    UPDATE calls SET playbook_id = :playbook_id, playbook_version = :playbook_version,
      customer = :customer, account_number = :account_number, invoice = :invoice,
      amount_due_cents = :amount_due_cents, contact = :contact, customer_since = :customer_since,
      due_on = :due_on, started_at = :started_at, ended_at = :ended_at, steps_json = :steps_json,
      steps_done = :steps_done, branches_json = :branches_json, captures_json = :captures_json,
      questions_json = :questions_json, notes = :notes, closing_json = :closing_json,
      outcome_label = :outcome_label, action_due_on = :action_due_on, updated_at = :updated_at
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
