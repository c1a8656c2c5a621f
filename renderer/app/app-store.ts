import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Playbook } from '../../shared/domain/playbook';
import type { CallCoachApi } from '../../shared/ipc/api';
import type { AppStatus } from '../../shared/ipc/contract';

export type View = 'call' | 'history';

export interface AppActions {
  load: () => Promise<void>;
  show: (view: View) => void;
  dismissNotice: () => void;
}

export interface AppState {
  readonly view: View;
  readonly playbooks: readonly Playbook[];
  readonly status: AppStatus | null;
  readonly isNoticeDismissed: boolean;
  readonly error: string | null;
  readonly actions: AppActions;
}

export type AppStore = StoreApi<AppState>;

/** What the whole window shares: which view is showing, the playbooks, the app's status. */
export function createAppStore(api: CallCoachApi): AppStore {
  return createStore<AppState>()((set) => ({
    view: 'call',
    playbooks: [],
    status: null,
    isNoticeDismissed: false,
    error: null,
    actions: {
      async load() {
        const [playbooks, status] = await Promise.all([api.playbooks.list(), api.app.status()]);
        set({
          playbooks: playbooks.ok ? playbooks.value : [],
          status: status.ok ? status.value : null,
          error: playbooks.ok ? null : playbooks.error.message,
        });
      },
      show: (view) => set({ view }),
      dismissNotice: () => set({ isNoticeDismissed: true }),
    },
  }));
}
