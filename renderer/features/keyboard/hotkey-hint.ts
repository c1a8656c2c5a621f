import { displayCombo, type HotkeyAction } from '../../../shared/domain/hotkeys';
import { useSettingsState } from '../../app/stores';
import { ariaKeyShortcuts, usePlatform } from './platform';

/** How a button tells people about the hotkey that does the same thing. */
export interface HotkeyHint {
  /** For `aria-keyshortcuts`; undefined while the hotkey is turned off. */
  readonly ariaKeys: string | undefined;
  /** The combination as it reads on this platform, or null while it is turned off. */
  readonly text: string | null;
}

/** The caller's current combination for `action`, ready for a button. */
export function useHotkeyHint(action: HotkeyAction): HotkeyHint {
  const combo = useSettingsState((state) => state.settings.hotkeys[action]);
  const platform = usePlatform();
  if (combo === null) return { ariaKeys: undefined, text: null };
  return { ariaKeys: ariaKeyShortcuts(combo, platform), text: displayCombo(combo, platform) };
}

/** A tooltip saying what a button does and, when it has one, its hotkey. */
export function withKeys(description: string, hint: HotkeyHint): string {
  return hint.text ? `${description} (${hint.text})` : description;
}
