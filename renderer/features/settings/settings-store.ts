import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  withWhyFolded,
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
   * clashes or that the system refuses), or null; a refusal puts main's settings back.
   */
  update: (patch: SettingsPatch) => Promise<string | null>;
  /**
   * Folds (marks as read) or unfolds one section's "why it matters", at once and for every later
   * call; resolves with main's refusal, or null.
   */
  foldWhy: (sectionId: string, isFolded: boolean) => Promise<string | null>;
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

/**
 * The caller's preferences as this window sees them. Main keeps them. Changes apply at once;
 * while some are on their way, main's answers and broadcasts for the older ones are noted but not
 * shown, so two quick changes (two folds, a slider dragged) never flicker back and forth.
 */
export function createSettingsStore(api: CallCoachApi): SettingsStore {
  // Main's latest word on the settings, and the changes sent and not yet answered.
  let confirmed: Settings = DEFAULT_SETTINGS;
  let inFlight = 0;
  let latestRequest = 0;

  return createStore<SettingsState>()((set, get) => {
    function heard(settings: Settings): void {
      confirmed = settings;
      if (inFlight === 0) set({ settings });
    }

    /** Sends one change; only the newest answer is shown, and a refusal shows main's settings. */
    async function send(
      optimistic: Settings | null,
      request: () => ReturnType<CallCoachApi['settings']['update']>,
    ): Promise<string | null> {
      const id = ++latestRequest;
      inFlight += 1;
      if (optimistic) set({ settings: optimistic });
      const result = await request();
      inFlight -= 1;
      if (result.ok) confirmed = result.value;
      if (id === latestRequest) set({ settings: confirmed });
      return result.ok ? null : result.error.message;
    }

    return {
      settings: DEFAULT_SETTINGS,
      loadError: null,
      actions: {
        async load() {
          const result = await api.settings.get();
          if (result.ok) heard(result.value);
          else set({ loadError: result.error.message });
        },
        connect() {
          return api.events.settingsChanged((settings) => get().actions.received(settings));
        },
        update(patch) {
          return send(applySettingsPatch(get().settings, patch), () => api.settings.update(patch));
        },
        foldWhy(sectionId, isFolded) {
          const foldedWhy = withWhyFolded(get().settings.foldedWhy, sectionId, isFolded);
          return get().actions.update({ foldedWhy });
        },
        reset() {
          return send(null, () => api.settings.reset());
        },
        received(settings) {
          heard(settings);
        },
      },
    };
  });
}
