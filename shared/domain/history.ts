import type { CallSummary } from './call';

export const HISTORY_PAGE_SIZE = 50;

/**
 * Where the next page of history starts. Opaque to the renderer: pass back what `next` gave.
 * (It is the storage position of the last call shown; calls are stored as they start, so that
 * order is newest first and lets a search stop after one page instead of sorting every match.)
 */
export interface HistoryCursor {
  readonly before: number;
}

export const HISTORY_SEARCH_MAX_LENGTH = 200;

export interface HistoryQuery {
  /** Words to look for in customer, account, invoice and notes; empty for all calls. */
  readonly search: string;
  readonly after: HistoryCursor | null;
  readonly limit: number;
}

/** One page of ended calls, newest first. */
export interface HistoryPage {
  readonly items: readonly CallSummary[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly next: HistoryCursor | null;
}

export const firstHistoryPage = (search = ''): HistoryQuery => ({
  search,
  after: null,
  limit: HISTORY_PAGE_SIZE,
});
