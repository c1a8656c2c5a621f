import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import type { CallSummary, ExcerptPart } from '../../../../shared/domain/call';
import type { IsoDate } from '../../../../shared/domain/calendar';
import {
  NO_FILTERS,
  type HistoryFilters,
  type HistoryPage,
  type HistoryQuery,
} from '../../../../shared/domain/history';

/** Reads pages of ended calls; runs on the read worker's own connection. */
export interface HistoryReader {
  /** Ended calls, newest first; for search words, best match first; narrowed by the filters. */
  page(query: HistoryQuery): HistoryPage;
}

interface SummaryRow {
  seq: number;
  id: string;
  account_id: number | null;
  customer: string;
  account_number: string;
  invoice: string;
  amount_due_cents: number | null;
  started_at: number;
  ended_at: number;
  steps_done: number;
  steps_total: number;
  outcome_label: string | null;
  action_due_on: string | null;
  excerpt?: string | null;
}

const SUMMARY_COLUMNS = `calls.seq, calls.id, calls.account_id, calls.customer, calls.account_number,
  calls.invoice, calls.amount_due_cents, calls.started_at, calls.ended_at, calls.steps_done,
  json_array_length(calls.steps_json) AS steps_total, calls.outcome_label, calls.action_due_on`;

// Marks FTS5 puts around a matching word in an excerpt: control characters, which stored text
// never holds where it matters and the caller never types.
const MATCH_START = '\u0002';
const MATCH_END = '\u0003';

/**
 * How much a match counts, per indexed column (customer, account number, invoice, contact,
 * captured values, notes): a name or a reference says more about a call than a word in its notes.
 */
const COLUMN_WEIGHTS = '8.0, 8.0, 8.0, 4.0, 6.0, 1.0';

/** The excerpt FTS5 made, as parts, matching words marked. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const piece of excerpt.split(MATCH_START)) {
    const [matched, rest] = piece.includes(MATCH_END) ? piece.split(MATCH_END, 2) : [null, piece];
    if (matched) parts.push({ text: matched, isMatch: true });
    if (rest) parts.push({ text: rest, isMatch: false });
  }
  return parts;
}

/** The word being typed is matched as a prefix only from this many characters on. */
export const MIN_PREFIX_LENGTH = 2;

function toSummary(row: SummaryRow): CallSummary {
  return {
    id: row.id,
    accountId: row.account_id,
    customer: row.customer,
    accountNumber: row.account_number,
    invoice: row.invoice,
    amountDueCents: row.amount_due_cents,
    excerpt: row.excerpt ? excerptParts(row.excerpt) : null,
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

/** The first instant of a local day, `plusDays` on: the Date constructor knows the clock changes. */
export function startOfLocalDay(date: IsoDate, plusDays = 0): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day + plusDays).getTime();
}

/** The SQL conditions for the filters that are set, and their parameters. */
function filterClauses(filters: HistoryFilters): {
  sql: string;
  parameters: Record<string, SqlValue>;
} {
  const clauses: string[] = [];
  const parameters: Record<string, SqlValue> = {};
  if (filters.outcomeId !== null) {
    clauses.push('calls.outcome_id = :outcome');
    parameters.outcome = filters.outcomeId;
  }
  if (filters.accountId !== null) {
    clauses.push('calls.account_id = :account');
    parameters.account = filters.accountId;
  }
  if (filters.from !== null || filters.to !== null) {
    clauses.push('calls.started_at >= :from AND calls.started_at < :until');
    parameters.from = filters.from === null ? 0 : startOfLocalDay(filters.from);
    parameters.until =
      filters.to === null ? Number.MAX_SAFE_INTEGER : startOfLocalDay(filters.to, 1);
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), parameters };
}

type SqlValue = string | number;

export function createHistoryReader(db: DatabaseSync): HistoryReader {
  // Statements by their filter conditions: a handful of combinations, each prepared once.
  const prepared = new Map<string, ReturnType<DatabaseSync['prepare']>>();
  function statement(sql: string) {
    let found = prepared.get(sql);
    if (!found) {
      found = db.prepare(sql);
      prepared.set(sql, found);
    }
    return found;
  }

  // History is newest first by storage order (seq): calls are stored when they start, so this is
  // start order, and it lets SQLite walk the index backwards and stop after one page. Sorting by
  // started_at instead would sort every call.
  const newest = (where: string) => `
    SELECT ${SUMMARY_COLUMNS} FROM calls
    WHERE calls.ended_at IS NOT NULL AND calls.seq < :before${where}
    ORDER BY calls.seq DESC LIMIT :limit`;
  // A search is ranked, best match first (newest first among equals), with an excerpt around the
  // best match in whichever column it is.
  const ranked = (where: string) => `
    SELECT ${SUMMARY_COLUMNS},
      snippet(calls_search, -1, '${MATCH_START}', '${MATCH_END}', '…', 12) AS excerpt
    FROM calls_search JOIN calls ON calls.seq = calls_search.rowid
    WHERE calls_search MATCH :match AND calls.ended_at IS NOT NULL${where}
    ORDER BY bm25(calls_search, ${COLUMN_WEIGHTS}), calls.seq DESC LIMIT :limit OFFSET :offset`;

  return {
    page(query) {
      // One row more than asked tells whether another page exists.
      const limit = query.limit + 1;
      const filters = filterClauses(query.filters ?? NO_FILTERS);
      const match = toSearchExpression(query.search);
      if (match === null) {
        const before =
          query.after && 'before' in query.after ? query.after.before : Number.MAX_SAFE_INTEGER;
        const rows = statement(newest(filters.sql)).all({
          ...filters.parameters,
          before,
          limit,
        }) as unknown as SummaryRow[];
        const page = rows.slice(0, query.limit);
        const last = page.at(-1);
        return {
          items: page.map(toSummary),
          next: rows.length > query.limit && last ? { before: last.seq } : null,
        };
      }
      const offset = query.after && 'offset' in query.after ? query.after.offset : 0;
      const rows = statement(ranked(filters.sql)).all({
        ...filters.parameters,
        match,
        limit,
        offset,
      }) as unknown as SummaryRow[];
      const page = rows.slice(0, query.limit);
      return {
        items: page.map(toSummary),
        next: rows.length > query.limit ? { offset: offset + page.length } : null,
      };
    },
  };
}
