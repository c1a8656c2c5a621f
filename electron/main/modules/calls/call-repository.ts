import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import {
  countStepsDone,
  type Call,
  type CallCommand,
  type OpenBranch,
  type StepProgress,
} from '../../../../shared/domain/call';
import type { CaptureValues } from '../../../../shared/domain/capture';
import { closingFromStored, type StoredClosing } from '../../../../shared/domain/closing';
import { capturedSearchText } from '../../../../shared/domain/search-text';

/** What kind of change a save carries: the command that made it. */
export type CallChange = CallCommand['type'];

/** Where calls live. Every method is one statement or one transaction. */
export interface CallRepository {
  insert(call: Call): void;
  /**
   * Writes the columns that `change` can have changed, and only those, over the stored call
   * with the same id: saving the notes rewrites the notes (and their search row), saving a
   * field rewrites the captures and their search text, checking a step neither.
   */
  save(call: Call, change: CallChange): void;
  get(callId: string): Call | null;
  /** The newest call that has not ended, if any. */
  findOpen(): Call | null;
}

/** A row of the calls table as `CALL_COLUMNS` reads it. */
export interface CallRow {
  id: string;
  account_id: number | null;
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

/** The columns a whole call is read from. */
export const CALL_COLUMNS = `id, account_id, playbook_id, playbook_version, customer, account_number, invoice,
  amount_due_cents, contact, customer_since, due_on, started_at, ended_at, steps_json,
  branches_json, captures_json, questions_json, notes, closing_json`;

/** A stored call, as the app works with it. */
export function toCall(row: CallRow): Call {
  return {
    id: row.id,
    accountId: row.account_id,
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
    // Closings stored before follow-ups existed read back with none.
    closing:
      row.closing_json === null
        ? null
        : closingFromStored(JSON.parse(row.closing_json) as StoredClosing),
  };
}

type SqlValue = string | number | null;

/** Each column of a stored call, read off the call. */
const COLUMN_VALUES = {
  id: (call: Call) => call.id,
  account_id: (call: Call) => call.accountId,
  playbook_id: (call: Call) => call.playbookId,
  playbook_version: (call: Call) => call.playbookVersion,
  customer: (call: Call) => call.customer,
  account_number: (call: Call) => call.accountNumber,
  invoice: (call: Call) => call.invoice,
  amount_due_cents: (call: Call) => call.amountDueCents,
  contact: (call: Call) => call.contact,
  customer_since: (call: Call) => call.customerSince,
  due_on: (call: Call) => call.dueOn,
  started_at: (call: Call) => call.startedAt,
  ended_at: (call: Call) => call.endedAt,
  steps_json: (call: Call) => JSON.stringify(call.steps),
  steps_done: (call: Call) => countStepsDone(call.steps),
  branches_json: (call: Call) => JSON.stringify(call.branches),
  captures_json: (call: Call) => JSON.stringify(call.captures),
  captured_text: (call: Call) => capturedSearchText(call.captures, call.amountDueCents),
  questions_json: (call: Call) => JSON.stringify(call.questionsAsked),
  notes: (call: Call) => call.notes,
  closing_json: (call: Call) => (call.closing === null ? null : JSON.stringify(call.closing)),
  // Copied out of the closing so a history page reads them without parsing JSON. The due date is
  // the headline next action's; the follow-ups live in closing_json only.
  outcome_label: (call: Call) => call.closing?.outcomeLabel ?? null,
  action_due_on: (call: Call) => call.closing?.action?.dueOn ?? null,
} satisfies Record<string, (call: Call) => SqlValue>;

type CallColumn = keyof typeof COLUMN_VALUES;
const ALL_COLUMNS = Object.keys(COLUMN_VALUES) as CallColumn[];

// The columns each kind of change can touch. The search index follows the call's references,
// its captured values and its notes (a trigger), so only notes and field saves re-index.
const COLUMNS_CHANGED_BY: { readonly [C in CallChange]: readonly CallColumn[] } = {
  'check-step': ['steps_json', 'steps_done'],
  'uncheck-step': ['steps_json', 'steps_done'],
  'edit-notes': ['notes'],
  'open-branch': ['branches_json'],
  'close-branch': ['branches_json'],
  'set-field': ['captures_json', 'captured_text'],
  'set-question': ['questions_json'],
  end: ['ended_at', 'closing_json', 'outcome_label', 'action_due_on'],
};

/** Named parameters for `columns` of `call`, plus `updated_at`. */
function parametersOf(call: Call, columns: readonly CallColumn[], updatedAt: number) {
  const parameters: Record<string, SqlValue> = { updated_at: updatedAt };
  for (const column of columns) parameters[column] = COLUMN_VALUES[column](call);
  return parameters;
}

/** A repository over the calls table; `clock` stamps `updated_at`. */
export function createCallRepository(db: DatabaseSync, clock: () => number): CallRepository {
  const insert = db.prepare(
    `INSERT INTO calls (${[...ALL_COLUMNS, 'updated_at'].join(', ')})
     VALUES (${[...ALL_COLUMNS, 'updated_at'].map((column) => `:${column}`).join(', ')})`,
  );
  const updates = new Map(
    Object.entries(COLUMNS_CHANGED_BY).map(([change, columns]) => [
      change,
      db.prepare(
        `UPDATE calls SET ${[...columns, 'updated_at'].map((c) => `${c} = :${c}`).join(', ')}
         WHERE id = :id`,
      ),
    ]),
  );
  const byId = db.prepare(`SELECT ${CALL_COLUMNS} FROM calls WHERE id = ?`);
  const open = db.prepare(
    `SELECT ${CALL_COLUMNS} FROM calls WHERE ended_at IS NULL ORDER BY started_at DESC LIMIT 1`,
  );
  return {
    insert: (call) => {
      insert.run(parametersOf(call, ALL_COLUMNS, clock()));
    },
    save: (call, change) => {
      const columns: readonly CallColumn[] = ['id', ...COLUMNS_CHANGED_BY[change]];
      const { changes } = updates.get(change)!.run(parametersOf(call, columns, clock()));
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
  };
}
