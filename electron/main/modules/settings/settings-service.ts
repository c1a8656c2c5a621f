import { z } from 'zod';
import {
  HOTKEY_ACTION_INFO,
  HOTKEY_ACTIONS,
  changedHotkeys,
  checkHotkeys,
  displayCombo,
  normalizeCombo,
  normalizeHotkeys,
  type HotkeyAction,
  type HotkeyMap,
  type HotkeyStatusMap,
} from '../../../../shared/domain/hotkeys';
import {
  COACHING_MODES,
  DEFAULT_SETTINGS,
  OPACITY_PERCENT,
  TEXT_SIZES,
  THEMES,
  WINDOW_LAYOUTS,
  applySettingsPatch,
  normalizeFoldedWhy,
  type Settings,
  type SettingsPatch,
} from '../../../../shared/domain/settings';
import { id as sectionIdSchema } from '../../../../shared/ipc/schemas/common';
import { retentionMonthsSchema } from '../../../../shared/ipc/schemas/retention';
import { RequestError } from '../../core/request-error';
import type { OverlayHost } from '../../hosts/overlay-host';
import type { SettingsRepository } from './settings-repository';
import type { Publish } from '../../core/publish';

/** The settings key the caller's preferences are stored under. */
export const PREFERENCES_KEY = 'preferences';

const DEFAULT_HOTKEYS = DEFAULT_SETTINGS.hotkeys;

/**
 * Stored hotkeys as they can be used: each combination in its stored spelling, anything
 * unreadable back to its default, and a combination that clashes with another turned off (or,
 * for the one that must always work, back to its default).
 */
function readHotkeys(value: unknown): HotkeyMap {
  const stored =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const read = Object.fromEntries(
    HOTKEY_ACTIONS.map((action) => {
      const text = stored[action];
      if (text === null) return [action, null];
      const normal = typeof text === 'string' ? normalizeCombo(text) : null;
      return [action, normal ?? DEFAULT_HOTKEYS[action]];
    }),
  ) as Record<HotkeyAction, string | null>;
  for (const { action } of checkHotkeys(read)) {
    read[action] = HOTKEY_ACTION_INFO[action].isRequired ? DEFAULT_HOTKEYS[action] : null;
  }
  return read;
}

/**
 * Stored folded sections as they can be used: only short id strings, each once, the newest
 * `FOLDED_WHY_MAX`. Anything else (a version from before folding existed, a hand edit) reads as
 * nothing folded, entry by entry, so one bad entry does not unfold every other.
 */
function readFoldedWhy(value: unknown): readonly string[] {
  if (!Array.isArray(value)) return DEFAULT_SETTINGS.foldedWhy;
  const ids = value.filter((entry): entry is string => sectionIdSchema.safeParse(entry).success);
  return normalizeFoldedWhy(ids);
}

// What was stored may come from an older version (before issue 4 only `coachingMode` existed),
// a newer one or a hand-edited file: each field that does not fit falls back to its default on
// its own, fields added later read as their defaults, and nothing stored makes reading fail.
const storedSettingsSchema = z
  .object({
    coachingMode: z.enum(COACHING_MODES).catch(DEFAULT_SETTINGS.coachingMode),
    theme: z.enum(THEMES).catch(DEFAULT_SETTINGS.theme),
    textSize: z.enum(TEXT_SIZES).catch(DEFAULT_SETTINGS.textSize),
    layout: z.enum(WINDOW_LAYOUTS).catch(DEFAULT_SETTINGS.layout),
    alwaysOnTop: z.boolean().catch(DEFAULT_SETTINGS.alwaysOnTop),
    opacityPercent: z
      .number()
      .int()
      .min(OPACITY_PERCENT.min)
      .max(OPACITY_PERCENT.max)
      .catch(DEFAULT_SETTINGS.opacityPercent),
    hideFromScreenShare: z.boolean().catch(DEFAULT_SETTINGS.hideFromScreenShare),
    hotkeys: z.unknown().optional().transform(readHotkeys),
    foldedWhy: z.unknown().optional().transform(readFoldedWhy),
    // Stored before retention existed, or unreadable: off, so nothing is deleted unasked.
    retentionMonths: retentionMonthsSchema.nullable().catch(DEFAULT_SETTINGS.retentionMonths),
  })
  .catch(DEFAULT_SETTINGS) satisfies z.ZodType<Settings>;

/** Reads stored preferences of any version; exported for the migration tests. */
export function readStoredSettings(stored: unknown): Settings {
  return storedSettingsSchema.parse(stored ?? {});
}

/** How the settings service reaches the overlay's hotkeys. */
export interface HotkeyRegistration {
  registerHotkeys(hotkeys: HotkeyMap): HotkeyStatusMap;
}

export interface SettingsServiceDeps {
  readonly settings: SettingsRepository;
  /** Tells every window the preferences changed (`settings:changed`). */
  readonly publish: Publish;
  readonly hotkeys: HotkeyRegistration;
  /** Applies the window preferences (on top, opacity, screen sharing, layout). */
  readonly host: Pick<OverlayHost, 'applySettings' | 'platform'>;
}

/** The caller's preferences, kept by main and applied in every window. */
export interface SettingsService {
  /** The stored preferences, with defaults for anything missing or unreadable. */
  get(): Settings;
  /**
   * Changes the given preferences, keeps the others, stores, announces and applies the result.
   * A hotkey that clashes, or that the system refuses, is a RequestError and changes nothing.
   */
  update(patch: SettingsPatch): Settings;
  /** Every preference back to its default, hotkeys included. */
  reset(): Settings;
  /** Registers the stored hotkeys and applies the stored window preferences (at start-up). */
  applyStored(): Settings;
}

export function createSettingsService({
  settings,
  publish,
  hotkeys,
  host,
}: SettingsServiceDeps): SettingsService {
  function get(): Settings {
    let stored: unknown;
    try {
      stored = settings.read(PREFERENCES_KEY);
    } catch {
      // Text that is not JSON at all reads as nothing stored.
      stored = undefined;
    }
    return readStoredSettings(stored);
  }

  function store(next: Settings): Settings {
    settings.write(PREFERENCES_KEY, next);
    publish('settings:changed', next);
    host.applySettings(next);
    return next;
  }

  /** Checks the new hotkeys, then registers them; a refused one puts the old ones back. */
  function registerChanged(before: HotkeyMap, requested: HotkeyMap): HotkeyMap {
    const next = normalizeHotkeys(requested);
    const changed = changedHotkeys(before, next);
    if (changed.length === 0) return before;
    const problems = checkHotkeys(next, changed, host.platform);
    if (problems.length > 0) {
      throw new RequestError(
        'invalid-input',
        problems[0]!.message,
        problems.map(({ action, message }) => `hotkeys.${action}: ${message}`),
      );
    }
    const statuses = hotkeys.registerHotkeys(next);
    const refused = changed.filter((action) => statuses[action] === 'taken');
    if (refused.length > 0) {
      hotkeys.registerHotkeys(before);
      const combos = refused.map((action) => displayCombo(next[action]!, host.platform));
      throw new RequestError(
        'conflict',
        `The system or another app already uses ${combos.join(' and ')}. Pick another combination.`,
        refused.map((action) => `hotkeys.${action}: taken by the system or another app`),
      );
    }
    return next;
  }

  return {
    get,
    update(patch) {
      const before = get();
      const requested = applySettingsPatch(before, patch);
      const next = { ...requested, hotkeys: registerChanged(before.hotkeys, requested.hotkeys) };
      return store(storedSettingsSchema.parse(next));
    },
    reset() {
      hotkeys.registerHotkeys(DEFAULT_SETTINGS.hotkeys);
      return store(DEFAULT_SETTINGS);
    },
    applyStored() {
      const current = get();
      hotkeys.registerHotkeys(current.hotkeys);
      host.applySettings(current);
      return current;
    },
  };
}
