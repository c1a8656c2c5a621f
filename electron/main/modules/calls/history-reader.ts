import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import type { CallSummary } from '../../../../shared/domain/call';
import type { HistoryPage, HistoryQuery } from '../../../../shared/domain/history';

/** Reads pages of ended calls; runs on the read worker's own connection. */
export interface HistoryReader {
  /** Ended calls, newest first, optionally narrowed by a full-text search. */
  page(query: HistoryQuery): HistoryPage;
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

const SUMMARY_COLUMNS = `calls.seq, calls.id, calls.customer, calls.account_number, calls.invoice,
  calls.started_at, calls.ended_at, calls.steps_done, json_array_length(calls.steps_json) AS steps_total,
  calls.outcome_label, calls.action_due_on`;

/** The word being typed is matched as a prefix only from this many characters on. */
export const MIN_PREFIX_LENGTH = 2;

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

/**
 * Turns what a caller types into a safe FTS5 query. Every word is quoted, so punctuation and
 * FTS operators in the text are searched for, never interpreted. Finished words match exactly;
 * only the word still being typed (the last one, when the text does not end in a space) matches
 * as a prefix, and only once it has `MIN_PREFIX_LENGTH` characters: a prefix of one letter
 * matches almost every call and costs as much as reading them all.
 */
export function toSearchExpression(search: string): string | null {
  const words = search.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  const isTyping = /[\p{L}\p{N}]$/u.test(search);
  return words
    .map((word, index) => {
      const isPrefix =
        isTyping && index === words.length - 1 && [...word].length >= MIN_PREFIX_LENGTH;
      return isPrefix ? `"${word}"*` : `"${word}"`;
    })
    .join(' ');
}

export function createHistoryReader(db: DatabaseSync): HistoryReader {
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

  return {
    page(query) {
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
    },
  };
}
