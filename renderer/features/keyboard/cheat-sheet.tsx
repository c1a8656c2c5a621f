import { useEffect, useRef, useState } from 'react';
import { onCheatSheetRequest } from './cheat-sheet-requests';
import { KEYS_BUTTON_ID, MENU_BUTTON_ID } from './commands';
import { HotkeyTable } from './hotkey-table';
import { WindowKeyTable } from './window-key-table';

/**
 * Every key Call Coach knows, in a modal dialog: `?` or the Keys button opens it, Escape or Close
 * closes it, and focus goes back to where it was. While it is open, Tab stays inside it.
 */
export function CheatSheet() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<Element | null>(null);
  // The lists are built only while shown: closed, the sheet costs nothing during a call.
  const [isOpen, setIsOpen] = useState(false);

  useEffect(
    () =>
      onCheatSheetRequest(() => {
        const dialog = dialogRef.current;
        if (!dialog || dialog.open) return;
        returnFocusTo.current = document.activeElement;
        setIsOpen(true);
        dialog.showModal();
        closeRef.current?.focus();
      }),
    [],
  );

  function handleClose() {
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    setIsOpen(false);
    // Opening it from the compact line expands the window, so that spot may be gone: the Keys
    // button is the nearest place to come back to.
    const back = target instanceof HTMLElement && target.isConnected ? target : null;
    (
      back ??
      document.getElementById(KEYS_BUTTON_ID) ??
      document.getElementById(MENU_BUTTON_ID)
    )?.focus();
  }

  return (
    <dialog
      ref={dialogRef}
      className="cheat-sheet"
      aria-labelledby="cheat-sheet-heading"
      onClose={handleClose}
    >
      <div className="cheat-sheet__header">
        <h2 id="cheat-sheet-heading">Keyboard shortcuts</h2>
        <button
          ref={closeRef}
          type="button"
          className="button button--quiet"
          onClick={() => dialogRef.current?.close()}
        >
          Close
        </button>
      </div>
      {isOpen && (
        <>
          <HotkeyTable />
          <WindowKeyTable />
        </>
      )}
    </dialog>
  );
}
