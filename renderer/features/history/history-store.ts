import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Call, CallSummary } from '../../../shared/domain/call';
import {
  firstHistoryPage,
  HISTORY_PAGE_SIZE,
  type HistoryCursor,
} from '../../../shared/domain/history';
import type { CallCoachApi } from '../../../shared/ipc/api';

export interface HistoryActions {
  /** Loads the newest page, optionally narrowed by a search. */
  load: (search?: string) => Promise<void>;
  loadMore: () => Promise<void>;
  open: (callId: string) => Promise<void>;
  close: () => void;
}

export interface HistoryState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly search: string;
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

/** Past calls, a page at a time, and the one the caller opened. */
export function createHistoryStore(api: CallCoachApi): HistoryStore {
  // Typing in the search sends a request per pause; only the latest answer counts.
  let latestLoad = 0;

  return createStore<HistoryState>()((set, get) => ({
    status: 'idle',
    search: '',
    items: [],
    next: null,
    isLoadingMore: false,
    selected: null,
    lastOpenedId: null,
    error: null,
    actions: {
      async load(search = get().search) {
        const request = ++latestLoad;
        // The old list's cursor means nothing for a new search: no paging until it answers.
        set({ status: 'loading', search, next: null, error: null });
        const result = await api.calls.history(firstHistoryPage(search));
        if (request !== latestLoad) return;
        set(
          result.ok
            ? { status: 'ready', items: result.value.items, next: result.value.next }
            : { status: 'error', error: result.error.message },
        );
      },

      async loadMore() {
        const { next, search, isLoadingMore } = get();
        if (!next || isLoadingMore) return;
        const request = latestLoad;
        set({ isLoadingMore: true });
        const result = await api.calls.history({ search, after: next, limit: HISTORY_PAGE_SIZE });
        // A newer search replaced the list: drop this page, but never leave the button stuck.
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
    },
  }));
}
