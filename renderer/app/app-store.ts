import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CallCoachApi, Unsubscribe } from '../../shared/ipc/api';
import type { AppStatus, AppView } from '../../shared/ipc/contract';

export type View = AppView;

export interface AppActions {
  load: () => Promise<void>;
  show: (view: View) => void;
  /** Listens to main asking for a view (the tray's "Settings…") and to news about storage. */
  connect: () => Unsubscribe;
  dismissNotice: () => void;
  /** Opens the data folder in the file manager; resolves with main's refusal, or null. */
  openDataFolder: () => Promise<string | null>;
}

export interface AppState {
  readonly view: View;
  readonly status: AppStatus | null;
  readonly isNoticeDismissed: boolean;
  readonly actions: AppActions;
}

export type AppStore = StoreApi<AppState>;

/** What the whole window shares: which view is showing and the app's status. */
export function createAppStore(api: CallCoachApi): AppStore {
  return createStore<AppState>()((set) => ({
    view: 'call',
    status: null,
    isNoticeDismissed: false,
    actions: {
      async load() {
        const status = await api.app.status();
        set({ status: status.ok ? status.value : null });
      },
      show: (view) => set({ view }),
      connect() {
        const unsubscribers = [
          api.events.viewRequested(({ view }) => set({ view })),
          // A new notice (a damaged database replaced) is shown even if an older one was dismissed.
          api.events.statusChanged((status) => set({ status, isNoticeDismissed: false })),
        ];
        return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
      },
      dismissNotice: () => set({ isNoticeDismissed: true }),
      async openDataFolder() {
        const result = await api.app.openDataFolder();
        return result.ok ? null : result.error.message;
      },
    },
  }));
}
