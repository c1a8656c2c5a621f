import { z } from 'zod';
import {
  COACHING_MODES,
  DEFAULT_SETTINGS,
  type Settings,
  type SettingsPatch,
} from '../../../shared/domain/settings';
import type { SettingsRepository } from '../storage/settings-repository';
import type { Publish } from './publish';

/** The settings key the caller's preferences are stored under. */
export const PREFERENCES_KEY = 'preferences';

// What was stored may come from another version of the app or a hand-edited file: each field
// that does not fit falls back to its default on its own, and nothing stored makes reading fail.
const storedSettingsSchema = z
  .object({
    coachingMode: z.enum(COACHING_MODES).catch(DEFAULT_SETTINGS.coachingMode),
  })
  .catch(DEFAULT_SETTINGS) satisfies z.ZodType<Settings>;

export interface SettingsServiceDeps {
  readonly settings: SettingsRepository;
  /** Tells every window the preferences changed (`settings:changed`). */
  readonly publish: Publish;
}

/** The caller's preferences, kept by main and applied in every window. */
export interface SettingsService {
  /** The stored preferences, with defaults for anything missing or unreadable. */
  get(): Settings;
  /** Changes the given preferences, keeps the others, stores and announces the result. */
  update(patch: SettingsPatch): Settings;
}

export function createSettingsService({ settings, publish }: SettingsServiceDeps): SettingsService {
  function get(): Settings {
    let stored: unknown;
    try {
      stored = settings.read(PREFERENCES_KEY);
    } catch {
      // Text that is not JSON at all reads as nothing stored.
      stored = undefined;
    }
    return storedSettingsSchema.parse(stored);
  }

  return {
    get,
    update(patch) {
      const changes = Object.fromEntries(
        Object.entries(patch).filter(([, value]) => value !== undefined),
      );
      const next = storedSettingsSchema.parse({ ...get(), ...changes });
      settings.write(PREFERENCES_KEY, next);
      publish('settings:changed', next);
      return next;
    },
  };
}
