import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OverlayState } from '../../../shared/domain/overlay';
import type { CallCoachApi, Unsubscribe } from '../../../shared/ipc/api';

export interface OverlayActions {
  load: () => Promise<void>;
  /** Listens to main's broadcasts of the window's state. */
  connect: () => Unsubscribe;
  /** Resolves with main's refusal (e.g. no working hotkey to turn it off), or null. */
  setClickThrough: (isOn: boolean) => Promise<string | null>;
  received: (overlay: OverlayState) => void;
}

export interface OverlayStoreState {
  /** Null until main has answered. */
  readonly overlay: OverlayState | null;
  readonly error: string | null;
  readonly actions: OverlayActions;
}

export type OverlayStore = StoreApi<OverlayStoreState>;

/** The overlay window as main runs it: desktop or browser, click-through, hotkey statuses. */
export function createOverlayStore(api: CallCoachApi): OverlayStore {
  return createStore<OverlayStoreState>()((set, get) => ({
    overlay: null,
    error: null,
    actions: {
      async load() {
        const result = await api.overlay.state();
        if (result.ok) set({ overlay: result.value, error: null });
        else set({ error: result.error.message });
      },
      connect() {
        return api.events.overlayChanged((overlay) => get().actions.received(overlay));
      },
      async setClickThrough(isOn) {
        const result = await api.overlay.setClickThrough(isOn);
        if (result.ok) {
          set({ overlay: result.value, error: null });
          return null;
        }
        return result.error.message;
      },
      received(overlay) {
        set({ overlay });
      },
    },
  }));
}
