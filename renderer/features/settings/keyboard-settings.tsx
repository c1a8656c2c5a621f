import { useCallback } from 'react';
import { HOTKEY_ACTIONS, type HotkeyAction } from '../../../shared/domain/hotkeys';
import { useOverlayState, useSettingsState } from '../../app/stores';
import { usePlatform } from '../keyboard/platform';
import { HotkeyRow } from './hotkey-row';
import { SettingsSection } from './settings-section';

/** Every shortcut with its keys and whether it works, and the keys that work in the window. */
export function KeyboardSettings() {
  const hotkeys = useSettingsState((state) => state.settings.hotkeys);
  const update = useSettingsState((state) => state.actions.update);
  const statuses = useOverlayState((state) => state.overlay?.hotkeys);
  const platform = usePlatform();
  const saveHotkey = useCallback(
    (action: HotkeyAction, combo: string | null) => update({ hotkeys: { [action]: combo } }),
    [update],
  );
  return (
    <SettingsSection title="Keyboard">
      <p className="settings-help">
        Shortcuts let you work Call Coach while the phone or another app has focus.
      </p>
      <ul className="hotkey-list">
        {HOTKEY_ACTIONS.map((action) => (
          <HotkeyRow
            key={action}
            action={action}
            hotkeys={hotkeys}
            status={statuses?.[action]}
            platform={platform}
            onSave={saveHotkey}
          />
        ))}
      </ul>
      <p className="settings-help">
        In the window: <kbd>1</kbd>–<kbd>9</kbd> go to a step, <kbd>Escape</kbd> leaves a form,{' '}
        <kbd>?</kbd> shows every key.
      </p>
    </SettingsSection>
  );
}
