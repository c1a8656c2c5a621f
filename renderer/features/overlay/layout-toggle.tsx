import { KEYS_BUTTON_ID, SWITCH_TO_COMPACT_ID } from '../keyboard/commands';
import { requestCheatSheet } from '../keyboard/cheat-sheet-requests';
import { useHotkeyHint, withKeys } from '../keyboard/hotkey-hint';
import { useRunCommand } from '../keyboard/use-run-command';

/** The header's window controls: the one-line compact layout, and the keyboard cheat sheet. */
export function LayoutToggle() {
  const run = useRunCommand();
  const layoutKeys = useHotkeyHint('toggle-layout');
  return (
    <div className="layout-toggle" role="group" aria-label="Layout and keys">
      <button
        id={SWITCH_TO_COMPACT_ID}
        type="button"
        className="button button--quiet"
        title={withKeys('One line: the current step and the call time', layoutKeys)}
        aria-keyshortcuts={layoutKeys.ariaKeys}
        onClick={() => run('toggle-layout')}
      >
        Compact
      </button>
      <button
        id={KEYS_BUTTON_ID}
        type="button"
        className="button button--quiet"
        title="Keyboard shortcuts (?)"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={requestCheatSheet}
      >
        Keys
      </button>
    </div>
  );
}
