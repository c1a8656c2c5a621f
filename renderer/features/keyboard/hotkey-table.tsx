import {
  displayCombo,
  HOTKEY_ACTION_INFO,
  HOTKEY_ACTIONS,
  type HotkeyAction,
  type HotkeyStatus,
} from '../../../shared/domain/hotkeys';
import { useOverlayState, useSettingsState } from '../../app/stores';
import { usePlatform } from './platform';
import { KeyCombo } from '../../ui/key-combo';

/** Where a hotkey works, in a few words; undefined while main has not said yet. */
function reach(action: HotkeyAction, status: HotkeyStatus | undefined): string {
  switch (status) {
    case undefined:
      return 'Checking…';
    case 'active':
      return 'Every app';
    case 'off':
      return '';
    case 'taken':
    case 'window-only':
      // Showing and hiding the window is only of use from other apps.
      return action === 'toggle-overlay' ? 'Not available' : 'Call Coach only';
  }
}

/** Every remappable hotkey: what it does, its keys on this platform, and where it works. */
export function HotkeyTable() {
  const hotkeys = useSettingsState((state) => state.settings.hotkeys);
  const statuses = useOverlayState((state) => state.overlay?.hotkeys);
  const platform = usePlatform();
  return (
    <table className="cheat-sheet__table">
      <caption>Shortcuts (change them in Settings)</caption>
      <thead>
        <tr>
          <th scope="col">Does</th>
          <th scope="col">Keys</th>
          <th scope="col">Works in</th>
        </tr>
      </thead>
      <tbody>
        {HOTKEY_ACTIONS.map((action) => {
          const combo = hotkeys[action];
          return (
            <tr key={action}>
              <th scope="row">{HOTKEY_ACTION_INFO[action].label}</th>
              <td className="cheat-sheet__keys">
                {combo === null ? 'Off' : <KeyCombo keys={displayCombo(combo, platform)} />}
              </td>
              <td>{reach(action, statuses?.[action])}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
