import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AccountFile } from '../../../shared/domain/account-file';
import type { TimelineEntry } from '../../../shared/domain/account-timeline';
import type { CallCoachApi, Unsubscribe } from '../../../shared/ipc/api';
import { sharedListening } from '../../app/shared-listening';

export interface AccountTimelineActions {
  /** Shows the account's timeline: asks main for it and for the account's file. */
  show: (accountId: number) => Promise<void>;
  /** Asks main again for the shown account's timeline and file; the ones held show meanwhile. */
  refresh: () => Promise<void>;
  /**
   * Keeps the shown timeline current while at least one caller is connected: after an import
   * and after a call ends. Returns the way to disconnect.
   */
  connect: () => Unsubscribe;
  /** The account was deleted: its timeline goes, and the view says what went. */
  deleted: (accountId: number) => void;
}

export interface AccountTimelineState {
  /** The account whose timeline is shown, or null before one is picked. */
  readonly accountId: number | null;
  /** Ready once main answered for `accountId`; a refresh keeps it ready. */
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** The account's entries, newest first. */
  readonly entries: readonly TimelineEntry[];
  /** The account's file: its name, and the invoices that tell whether a promise was kept. */
  readonly file: AccountFile | null;
  /** Why the newest request failed, in main's words; null once one succeeds. */
  readonly error: string | null;
  /** The name of the account last deleted while its timeline showed, for the view to confirm. */
  readonly deletedName: string | null;
  readonly actions: AccountTimelineActions;
}

export type AccountTimelineStore = StoreApi<AccountTimelineState>;

const NO_ENTRIES: readonly TimelineEntry[] = [];

/**
 * One account's timeline for the Accounts view: its calls, promises and invoice changes as main
 * lists them. Only the answer to the newest request is kept, so a quick second pick (or an import
 * landing meanwhile) never shows an older account or an older timeline.
 */
export function createAccountTimelineStore(api: CallCoachApi): AccountTimelineStore {
  let latestRequest = 0;

  return createStore<AccountTimelineState>()((set, get) => {
    async function load(accountId: number): Promise<void> {
      const request = ++latestRequest;
      const [timeline, file] = await Promise.all([
        api.accounts.timeline(accountId),
        api.accounts.file(accountId),
      ]);
      if (request !== latestRequest) return;
      if (!timeline.ok) {
        set({ status: 'error', error: timeline.error.message });
        return;
      }
      if (!file.ok) {
        set({ status: 'error', error: file.error.message });
        return;
      }
      set({ status: 'ready', entries: timeline.value, file: file.value, error: null });
    }

    function deleted(accountId: number): void {
      if (get().accountId !== accountId) return;
      latestRequest += 1;
      set({
        accountId: null,
        status: 'idle',
        entries: NO_ENTRIES,
        deletedName: get().file?.account.name ?? null,
        file: null,
        error: null,
      });
    }

    function refresh(): Promise<void> {
      const { accountId } = get();
      return accountId === null ? Promise.resolve() : load(accountId);
    }

    return {
      accountId: null,
      status: 'idle',
      entries: NO_ENTRIES,
      file: null,
      error: null,
      deletedName: null,
      actions: {
        show(accountId) {
          if (accountId !== get().accountId) {
            set({
              accountId,
              status: 'loading',
              entries: NO_ENTRIES,
              file: null,
              error: null,
              deletedName: null,
            });
          }
          return load(accountId);
        },

        refresh,

        deleted,

        connect: sharedListening(() => {
          const unsubscribers = [
            api.events.accountsChanged(() => void refresh()),
            // Deleted here or in another window: the account itself, or some of its calls.
            api.events.callsDeleted((deletion) => {
              if (deletion.reason === 'account' && deletion.accountId !== null) {
                deleted(deletion.accountId);
              } else void refresh();
            }),
            api.events.callChanged((call) => {
              if (call.endedAt !== null) void refresh();
            }),
          ];
          return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
        }),
      },
    };
  });
}
