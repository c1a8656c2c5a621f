import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  type Settings,
  type SettingsPatch,
} from '../../../shared/domain/settings';
import type { CallCoachApi, Unsubscribe } from '../../../shared/ipc/api';

export interface SettingsActions {
  load: () => Promise<void>;
  /** Listens to main's broadcasts, so a change in one window shows in all. */
  connect: () => Unsubscribe;
  /**
   * Applies at once; main's answer is then final. Resolves with main's refusal (a hotkey that
   * clashes or that the system refuses), or null; a refusal puts the previous settings back.
   */
  update: (patch: SettingsPatch) => Promise<string | null>;
  /** Every preference back to its default; resolves with main's refusal, or null. */
  reset: () => Promise<string | null>;
  received: (settings: Settings) => void;
}

export interface SettingsState {
  readonly settings: Settings;
  /** Why the stored settings could not be read (the defaults are in use meanwhile). */
  readonly loadError: string | null;
  readonly actions: SettingsActions;
}

export type SettingsStore = StoreApi<SettingsState>;

/** The caller's preferences as this window sees them. Main keeps them. */
export function createSettingsStore(api: CallCoachApi): SettingsStore {
  return createStore<SettingsState>()((set, get) => ({
    settings: DEFAULT_SETTINGS,
    loadError: null,
    actions: {
      async load() {
        const result = await api.settings.get();
        if (result.ok) set({ settings: result.value });
        else set({ loadError: result.error.message });
      },
      connect() {
        return api.events.settingsChanged((settings) => get().actions.received(settings));
      },
      async update(patch) {
        const before = get().settings;
        set({ settings: applySettingsPatch(before, patch) });
        const result = await api.settings.update(patch);
        if (result.ok) {
          set({ settings: result.value });
          return null;
        }
        set({ settings: before });
        return result.error.message;
      },
      async reset() {
        const result = await api.settings.reset();
        if (result.ok) {
          set({ settings: result.value });
          return null;
        }
        return result.error.message;
      },
      received(settings) {
        set({ settings });
      },
    },
  }));
}
