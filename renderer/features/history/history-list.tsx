import { useEffect, useMemo, useRef, useState } from 'react';
import { useHistoryState, usePlaybookState } from '../../app/stores';
import { useAccountFile } from '../accounts/account-hooks';
import { HistoryExport } from './history-export';
import { HistoryFilterBar } from './history-filter-bar';
import {
  activeFilterCount,
  emptyResultMessage,
  outcomeOptions,
  resultCount,
} from './history-filters';
import { HistoryRow } from './history-row';

const SEARCH_PAUSE_MS = 250;

/** The name of the account History is narrowed to: its file's, else a listed call's customer. */
function useFilteredAccountName(): string | null {
  const accountId = useHistoryState((state) => state.filters.accountId);
  const file = useAccountFile(accountId);
  const listedName = useHistoryState(
    (state) =>
      state.items.find((call) => accountId !== null && call.accountId === accountId)?.customer ??
      null,
  );
  return accountId === null ? null : (file?.account.name ?? listedName);
}

/** The label of the outcome History is narrowed to, from the stored playbooks. */
function useFilteredOutcomeLabel(): string | null {
  const outcomeId = useHistoryState((state) => state.filters.outcomeId);
  const playbooks = usePlaybookState((state) => state.playbooks);
  const defaultId = usePlaybookState((state) => state.defaultId);
  return useMemo(
    () =>
      outcomeId === null
        ? null
        : (outcomeOptions(playbooks, defaultId, outcomeId).find(
            (option) => option.value === outcomeId,
          )?.label ?? null),
    [outcomeId, playbooks, defaultId],
  );
}

/**
 * Past calls, newest first, or best match first for a search over customer, references, contact,
 * captured values and notes; narrowed by outcome, days and account.
 */
export function HistoryList() {
  const status = useHistoryState((state) => state.status);
  const items = useHistoryState((state) => state.items);
  const hasMore = useHistoryState((state) => state.next !== null);
  const isLoadingMore = useHistoryState((state) => state.isLoadingMore);
  const savedSearch = useHistoryState((state) => state.search);
  const filters = useHistoryState((state) => state.filters);
  const error = useHistoryState((state) => state.error);
  const lastOpenedId = useHistoryState((state) => state.lastOpenedId);
  const { load, loadMore, open, clearFilters } = useHistoryState((state) => state.actions);
  const [search, setSearch] = useState(savedSearch);
  const [isFilterOpen, setIsFilterOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Coming back from a call's details puts the keyboard on its row, once: a row that shows again
  // later (as a search narrows and widens) must not take focus from the search box.
  const focusOnReturn = useRef(lastOpenedId);
  const accountName = useFilteredAccountName();
  const outcomeLabel = useFilteredOutcomeLabel();
  const filterCount = activeFilterCount(filters);
  const isQueried = savedSearch.trim() !== '' || filterCount > 0;

  useEffect(() => {
    const timer = setTimeout(() => void load(search), search === savedSearch ? 0 : SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
    // Reload when the search text settles (and once when the view opens).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, load]);

  useEffect(() => {
    const callId = focusOnReturn.current;
    if (callId === null || items.length === 0) return;
    focusOnReturn.current = null;
    const rows = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-call-id]');
    [...(rows ?? [])].find((row) => row.dataset.callId === callId)?.focus();
  }, [items]);

  return (
    <section className="history" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <div className="history__query">
        <div className="field">
          <label htmlFor="history-search">Search calls</label>
          <input
            ref={searchRef}
            id="history-search"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            autoComplete="off"
          />
        </div>
        <HistoryFilterBar
          accountName={accountName}
          isOpen={isFilterOpen}
          onToggle={() => setIsFilterOpen(!isFilterOpen)}
        />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {status === 'ready' && isQueried ? resultCount(items.length, hasMore) : ''}
      </p>
      {status === 'ready' && items.length === 0 && (
        <div className="history__empty">
          <p className="empty">
            {emptyResultMessage(savedSearch, filters, {
              outcome: outcomeLabel,
              account: accountName,
            })}
          </p>
          {/* The open filters have a Clear button of their own. */}
          {filterCount > 0 && !isFilterOpen && (
            <button
              type="button"
              className="button"
              onClick={() => {
                // The button goes with the empty list: the keyboard goes back to the search.
                searchRef.current?.focus();
                void clearFilters();
              }}
            >
              Clear filters
            </button>
          )}
        </div>
      )}
      {items.length > 0 && (
        <ul ref={listRef} className="history-list" aria-label="Past calls">
          {items.map((call) => (
            <HistoryRow
              key={call.id}
              call={call}
              search={savedSearch}
              onOpen={(callId) => void open(callId)}
            />
          ))}
        </ul>
      )}
      {hasMore && (
        <button
          type="button"
          className="button"
          onClick={() => void loadMore()}
          disabled={isLoadingMore}
        >
          {isLoadingMore ? 'Loading…' : 'Show older calls'}
        </button>
      )}
      {items.length > 0 && <HistoryExport />}
    </section>
  );
}
