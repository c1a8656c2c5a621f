import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CallCoachApi } from '../../shared/ipc/api';
import type { AppStatus } from '../../shared/ipc/contract';

export type View = 'call' | 'history' | 'playbooks';

export interface AppActions {
  load: () => Promise<void>;
  show: (view: View) => void;
  dismissNotice: () => void;
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
      dismissNotice: () => set({ isNoticeDismissed: true }),
    },
  }));
}
