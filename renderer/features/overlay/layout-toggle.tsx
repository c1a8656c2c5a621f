import { KEYS_BUTTON_ID, SWITCH_TO_COMPACT_ID } from '../keyboard/commands';
import { requestCheatSheet } from '../keyboard/cheat-sheet-requests';
import { CommandButton } from '../keyboard/command-button';

/** The header's window controls: the one-line compact layout, and the keyboard cheat sheet. */
export function LayoutToggle() {
  return (
    <div className="layout-toggle" role="group" aria-label="Layout and keys">
      <CommandButton
        id={SWITCH_TO_COMPACT_ID}
        action="toggle-layout"
        description="One line: the current step and the call time"
        className="button button--quiet"
      >
        Compact
      </CommandButton>
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
