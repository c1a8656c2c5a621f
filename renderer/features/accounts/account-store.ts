import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AccountFile } from '../../../shared/domain/account-file';
import type { AccountPick } from '../../../shared/domain/accounts';
import type { CallCoachApi, Unsubscribe } from '../../../shared/ipc/api';
import { sharedListening } from '../../app/shared-listening';

export interface AccountActions {
  /**
   * Lists the accounts matching what was typed. Called on every keystroke: each text is asked
   * for at once and only the answer to the newest one is kept. An empty text asks nothing.
   */
  search: (text: string) => void;
  /** Empties the pick-list; an answer still on its way is dropped. */
  clearSearch: () => void;
  /** Highlights one of the listed accounts. */
  highlight: (accountId: number) => void;
  /** Moves the highlight down (1) or up (-1) the list, round from one end to the other. */
  moveHighlight: (step: 1 | -1) => void;
  /**
   * Asks main for the account's file and keeps it; resolves with it, or null when main could not
   * answer. A file already kept is shown meanwhile and replaced by the answer.
   */
  loadFile: (accountId: number) => Promise<AccountFile | null>;
  /**
   * Keeps the files already loaded current while at least one caller is connected: after an
   * import, each is asked for again. Returns the way to disconnect.
   */
  connect: () => Unsubscribe;
}

export interface AccountState {
  /** The text the pick-list was last asked for. */
  readonly query: string;
  /** The accounts the newest answer listed, best first. */
  readonly results: readonly AccountPick[];
  /** The account Enter would pick: the first one listed until the caller moves. */
  readonly activeId: number | null;
  /** Whether an answer for `query` is still on its way. */
  readonly isSearching: boolean;
  /** Why the newest search failed, in main's words; null once one succeeds. */
  readonly searchError: string | null;
  /** Account files loaded so far, by account id. */
  readonly files: Readonly<Record<number, AccountFile>>;
  /** Why an account's file could not be loaded, in main's words, until it loads. */
  readonly fileErrors: Readonly<Record<number, string>>;
  readonly actions: AccountActions;
}

export type AccountStore = StoreApi<AccountState>;

const NO_RESULTS: readonly AccountPick[] = [];

/**
 * The accounts as this window sees them: the start form's pick-list and the files of the
 * accounts picked or called. Main answers every keystroke's search; an answer to a text that has
 * since been replaced is dropped, so the list always belongs to the newest text.
 */
export function createAccountStore(api: CallCoachApi): AccountStore {
  let latestSearch = 0;
  const latestFileRequest = new Map<number, number>();
  let fileRequests = 0;

  return createStore<AccountState>()((set, get) => {
    async function loadFile(accountId: number): Promise<AccountFile | null> {
      const request = ++fileRequests;
      latestFileRequest.set(accountId, request);
      const result = await api.accounts.file(accountId);
      // An older answer must not replace a newer one (an import may have landed in between).
      const isLatest = latestFileRequest.get(accountId) === request;
      if (!result.ok) {
        if (isLatest)
          set({ fileErrors: { ...get().fileErrors, [accountId]: result.error.message } });
        return null;
      }
      if (isLatest) {
        const fileErrors = Object.fromEntries(
          Object.entries(get().fileErrors).filter(([id]) => Number(id) !== accountId),
        );
        set({ files: { ...get().files, [accountId]: result.value }, fileErrors });
      }
      return get().files[accountId] ?? result.value;
    }

    return {
      query: '',
      results: NO_RESULTS,
      activeId: null,
      isSearching: false,
      searchError: null,
      files: {},
      fileErrors: {},
      actions: {
        search(text) {
          const request = ++latestSearch;
          if (text.trim() === '') {
            set({ query: text, results: NO_RESULTS, activeId: null, isSearching: false });
            return;
          }
          set({ query: text, isSearching: true });
          void api.accounts.pick(text).then((result) => {
            if (request !== latestSearch) return;
            set(
              result.ok
                ? {
                    results: result.value,
                    activeId: result.value[0]?.id ?? null,
                    isSearching: false,
                    searchError: null,
                  }
                : { isSearching: false, searchError: result.error.message },
            );
          });
        },

        clearSearch() {
          latestSearch += 1;
          set({ query: '', results: NO_RESULTS, activeId: null, isSearching: false });
        },

        highlight(accountId) {
          if (get().results.some((pick) => pick.id === accountId)) set({ activeId: accountId });
        },

        moveHighlight(step) {
          const { results, activeId } = get();
          if (results.length === 0) return;
          const index = results.findIndex((pick) => pick.id === activeId);
          const next =
            index === -1
              ? step === 1
                ? 0
                : results.length - 1
              : (index + step + results.length) % results.length;
          set({ activeId: results[next]?.id ?? null });
        },

        loadFile,

        connect: sharedListening(() =>
          api.events.accountsChanged(() => {
            for (const id of Object.keys(get().files)) void loadFile(Number(id));
          }),
        ),
      },
    };
  });
}
