import { displayCombo, type HotkeyAction } from '../../../shared/domain/hotkeys';
import { useOverlayState, useSettingsState } from '../../app/stores';

/** How an action's combination reads on this platform (`Cmd+…` on a Mac); null when off. */
export function useHotkeyDisplay(action: HotkeyAction): string | null {
  const combo = useSettingsState((state) => state.settings.hotkeys[action]);
  const platform = useOverlayState((state) => state.overlay?.platform ?? 'other');
  return combo === null ? null : displayCombo(combo, platform);
}
