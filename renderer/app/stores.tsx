import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { CallCoachApi } from '../../shared/ipc/api';
import { createAccountStore, type AccountState } from '../features/accounts/account-store';
import {
  createAccountTimelineStore,
  type AccountTimelineState,
} from '../features/accounts/account-timeline-store';
import { createImportStore, type ImportState } from '../features/accounts/import-store';
import {
  createCallStore,
  type CallState,
  type CallStoreOptions,
} from '../features/call/call-store';
import { createWorkAreaStore, type WorkAreaState } from '../features/call/work-area-store';
import { createExportStore, type ExportState } from '../features/exports/export-store';
import { createHistoryStore, type HistoryState } from '../features/history/history-store';
import { createOverlayStore, type OverlayStoreState } from '../features/overlay/overlay-store';
import { createPlaybookStore, type PlaybookState } from '../features/playbooks/playbook-store';
import { createRecapStore, type RecapState } from '../features/recap/recap-store';
import { createDeletionStore, type DeletionState } from '../features/retention/deletion-store';
import { createSettingsStore, type SettingsState } from '../features/settings/settings-store';
import { createWorklistStore, type WorklistState } from '../features/follow-ups/worklist-store';
import { createAppStore, type AppState } from './app-store';

export interface Stores {
  readonly app: ReturnType<typeof createAppStore>;
  readonly call: ReturnType<typeof createCallStore>;
  readonly workArea: ReturnType<typeof createWorkAreaStore>;
  readonly history: ReturnType<typeof createHistoryStore>;
  readonly playbooks: ReturnType<typeof createPlaybookStore>;
  readonly imports: ReturnType<typeof createImportStore>;
  readonly settings: ReturnType<typeof createSettingsStore>;
  readonly overlay: ReturnType<typeof createOverlayStore>;
  readonly accounts: ReturnType<typeof createAccountStore>;
  readonly timeline: ReturnType<typeof createAccountTimelineStore>;
  readonly exports: ReturnType<typeof createExportStore>;
  readonly recap: ReturnType<typeof createRecapStore>;
  readonly worklist: ReturnType<typeof createWorklistStore>;
  readonly deletion: ReturnType<typeof createDeletionStore>;
}

/** One set of stores per window, all fed by the same API. */
export function createStores(api: CallCoachApi, options: CallStoreOptions = {}): Stores {
  return {
    app: createAppStore(api),
    call: createCallStore(api, options),
    workArea: createWorkAreaStore(),
    history: createHistoryStore(api),
    playbooks: createPlaybookStore(api),
    imports: createImportStore(api),
    settings: createSettingsStore(api),
    overlay: createOverlayStore(api),
    accounts: createAccountStore(api),
    timeline: createAccountTimelineStore(api),
    exports: createExportStore(api),
    recap: createRecapStore(api),
    worklist: createWorklistStore(api),
    deletion: createDeletionStore(api),
  };
}

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('Components must be rendered inside <StoresProvider>.');
  return stores;
}

// Components read state only through these hooks, one value per selector.

export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useStores().app, selector);
}

export function useCallState<T>(selector: (state: CallState) => T): T {
  return useStore(useStores().call, selector);
}

export function useWorkAreaState<T>(selector: (state: WorkAreaState) => T): T {
  return useStore(useStores().workArea, selector);
}

export function useHistoryState<T>(selector: (state: HistoryState) => T): T {
  return useStore(useStores().history, selector);
}

export function usePlaybookState<T>(selector: (state: PlaybookState) => T): T {
  return useStore(useStores().playbooks, selector);
}

export function useImportState<T>(selector: (state: ImportState) => T): T {
  return useStore(useStores().imports, selector);
}

export function useSettingsState<T>(selector: (state: SettingsState) => T): T {
  return useStore(useStores().settings, selector);
}

export function useOverlayState<T>(selector: (state: OverlayStoreState) => T): T {
  return useStore(useStores().overlay, selector);
}

export function useAccountState<T>(selector: (state: AccountState) => T): T {
  return useStore(useStores().accounts, selector);
}

export function useAccountTimelineState<T>(selector: (state: AccountTimelineState) => T): T {
  return useStore(useStores().timeline, selector);
}

export function useExportState<T>(selector: (state: ExportState) => T): T {
  return useStore(useStores().exports, selector);
}

export function useRecapState<T>(selector: (state: RecapState) => T): T {
  return useStore(useStores().recap, selector);
}

export function useWorklistState<T>(selector: (state: WorklistState) => T): T {
  return useStore(useStores().worklist, selector);
}

export function useDeletionState<T>(selector: (state: DeletionState) => T): T {
  return useStore(useStores().deletion, selector);
}
