import type { CallSummary } from './call';
import type { IsoDate } from './calendar';

export const HISTORY_PAGE_SIZE = 50;

/**
 * Where the next page of history starts. Opaque to the renderer: pass back what `next` gave.
 * (Without search words it is the storage position of the last call shown: calls are stored as
 * they start, so that order is newest first and a page is read without sorting. Search results
 * are ranked, best match first, so there it is how many were shown.)
 */
export type HistoryCursor = { readonly before: number } | { readonly offset: number };

export const HISTORY_SEARCH_MAX_LENGTH = 200;

/** What History can be narrowed to besides search words; null leaves that one open. */
export interface HistoryFilters {
  /** An outcome's id in the playbook ("promise-to-pay"). */
  readonly outcomeId: string | null;
  /** The first and last day (the caller's local days) a call started on, both included. */
  readonly from: IsoDate | null;
  readonly to: IsoDate | null;
  readonly accountId: number | null;
}

export const NO_FILTERS: HistoryFilters = {
  outcomeId: null,
  from: null,
  to: null,
  accountId: null,
};

export interface HistoryQuery {
  /**
   * Words to look for in the customer, account, invoice, contact, every captured value (check
   * and tracking numbers, amounts, a dispute's owner) and the notes; empty for all calls.
   */
  readonly search: string;
  readonly after: HistoryCursor | null;
  readonly limit: number;
  /** None when absent. */
  readonly filters?: HistoryFilters;
}

/** One page of ended calls: newest first, or, for a search, best match first. */
export interface HistoryPage {
  readonly items: readonly CallSummary[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly next: HistoryCursor | null;
}

export const firstHistoryPage = (
  search = '',
  filters: HistoryFilters = NO_FILTERS,
): HistoryQuery => ({
  search,
  after: null,
  limit: HISTORY_PAGE_SIZE,
  filters,
});
