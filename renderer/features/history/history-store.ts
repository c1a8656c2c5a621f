import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Call, CallSummary } from '../../../shared/domain/call';
import {
  firstHistoryPage,
  HISTORY_PAGE_SIZE,
  NO_FILTERS,
  type HistoryCursor,
  type HistoryFilters,
} from '../../../shared/domain/history';
import type { CallsDeleted } from '../../../shared/domain/retention';
import type { CallCoachApi, Unsubscribe } from '../../../shared/ipc/api';
import { sharedListening } from '../../app/shared-listening';

/** What a load asks for: new search words and filters; whatever is left out stays as it was. */
export interface HistoryLoadRequest extends Partial<HistoryFilters> {
  readonly search?: string;
}

export interface HistoryActions {
  /**
   * Loads the first page again: for a text, of that search; for a request, with its search and
   * filters (`load({ accountId })` narrows History to one account). The other filters stay.
   */
  load: (request?: string | HistoryLoadRequest) => Promise<void>;
  /** Loads the page after the last one shown, of the same search and filters. */
  loadMore: () => Promise<void>;
  /** Narrows History by the filters given (null lifts one) and loads the first page again. */
  setFilters: (filters: Partial<HistoryFilters>) => Promise<void>;
  /** Lifts every filter (the search words stay) and loads the first page again. */
  clearFilters: () => Promise<void>;
  open: (callId: string) => Promise<void>;
  close: () => void;
  /**
   * Keeps History current with deletions (here or in another window) while a view is connected:
   * a deleted call shown is closed and the list is read again. Returns the way to disconnect.
   */
  connect: () => Unsubscribe;
}

export interface HistoryState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** The search the list was last asked for. */
  readonly search: string;
  /** The filters the list was last asked for. */
  readonly filters: HistoryFilters;
  readonly items: readonly CallSummary[];
  readonly next: HistoryCursor | null;
  readonly isLoadingMore: boolean;
  readonly selected: Call | null;
  /** The call last opened, so focus can return to its row after "Back to history". */
  readonly lastOpenedId: string | null;
  readonly error: string | null;
  readonly actions: HistoryActions;
}

export type HistoryStore = StoreApi<HistoryState>;

/** The filters of `filters` with the ones `changes` names replaced. */
function withFilters(filters: HistoryFilters, changes: Partial<HistoryFilters>): HistoryFilters {
  return {
    outcomeId: changes.outcomeId !== undefined ? changes.outcomeId : filters.outcomeId,
    from: changes.from !== undefined ? changes.from : filters.from,
    to: changes.to !== undefined ? changes.to : filters.to,
    accountId: changes.accountId !== undefined ? changes.accountId : filters.accountId,
  };
}

/** Whether `deletion` took `call` (a retention run says no ids: the list is read again anyway). */
function isDeletedBy(call: Call, deletion: CallsDeleted): boolean {
  if (deletion.reason === 'call') return deletion.callId === call.id;
  if (deletion.reason === 'account') return deletion.accountId === call.accountId;
  return false;
}

/** Past calls, a page at a time, searched and filtered, and the one the caller opened. */
export function createHistoryStore(api: CallCoachApi): HistoryStore {
  // Typing in the search or changing a filter sends a request each time; only the latest counts.
  let latestLoad = 0;

  return createStore<HistoryState>()((set, get) => {
    async function loadFirstPage(search: string, filters: HistoryFilters): Promise<void> {
      const request = ++latestLoad;
      // The old list's cursor means nothing for a new query: no paging until it answers.
      set({ status: 'loading', search, filters, next: null, error: null });
      const result = await api.calls.history(firstHistoryPage(search, filters));
      if (request !== latestLoad) return;
      set(
        result.ok
          ? { status: 'ready', items: result.value.items, next: result.value.next }
          : { status: 'error', error: result.error.message },
      );
    }

    return {
      status: 'idle',
      search: '',
      filters: NO_FILTERS,
      items: [],
      next: null,
      isLoadingMore: false,
      selected: null,
      lastOpenedId: null,
      error: null,
      actions: {
        load(request = {}) {
          const { search: current, filters } = get();
          if (typeof request === 'string') return loadFirstPage(request, filters);
          const { search = current, ...changes } = request;
          return loadFirstPage(search, withFilters(filters, changes));
        },

        async loadMore() {
          const { next, search, filters, isLoadingMore } = get();
          if (!next || isLoadingMore) return;
          const request = latestLoad;
          set({ isLoadingMore: true });
          const result = await api.calls.history({
            search,
            after: next,
            limit: HISTORY_PAGE_SIZE,
            filters,
          });
          // A newer query replaced the list: drop this page, but never leave the button stuck.
          if (request !== latestLoad) {
            set({ isLoadingMore: false });
            return;
          }
          set(
            result.ok
              ? {
                  isLoadingMore: false,
                  items: [...get().items, ...result.value.items],
                  next: result.value.next,
                }
              : { isLoadingMore: false, error: result.error.message },
          );
        },

        setFilters(changes) {
          const { search, filters } = get();
          return loadFirstPage(search, withFilters(filters, changes));
        },

        clearFilters() {
          return loadFirstPage(get().search, NO_FILTERS);
        },

        async open(callId) {
          const result = await api.calls.get(callId);
          set(
            result.ok
              ? { selected: result.value, lastOpenedId: callId, error: null }
              : { error: result.error.message },
          );
        },

        close() {
          set({ selected: null });
        },

        connect: sharedListening(() =>
          api.events.callsDeleted((deletion) => {
            const { selected, status, search, filters } = get();
            if (selected && isDeletedBy(selected, deletion)) set({ selected: null });
            if (status !== 'idle') void loadFirstPage(search, filters);
          }),
        ),
      },
    };
  });
}
